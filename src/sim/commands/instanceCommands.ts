import { canAdvance } from '../machines/advance';
import { instanceMachine } from '../machines/instanceMachine';
import type { EventSink } from '../events';
import { instanceType, INSTANCE_TYPES } from '../model/instanceTypes';
import type { World } from '../model/world';
import { launchInstance, transitionInstance } from '../instanceOps';
import { findInstance, findLoadBalancer, findZone } from '../lookup';
import { canLaunchInto } from '../systems/autoscale';
import { deregisterEverywhere } from '../targets';
import { upZones } from '../systems/upZones';
import { fail, ok, type Result } from '../../shared/result';
import type { Command } from './types';

type Of<T extends Command['type']> = Extract<Command, { type: T }>;

export function launch(world: World, c: Of<'instance.launch'>, events: EventSink): Result<string> {
  const zone = findZone(world, c.zoneId);
  if (!zone) return fail(`there is no Availability Zone "${c.zoneId}" (zones: ${world.zones.map((z) => z.id).join(', ')})`);
  const type = instanceType(c.instanceType);
  if (!type) return fail(`"${c.instanceType}" is not an instance type (try ${INSTANCE_TYPES.slice(0, 3).map((t) => t.name).join(', ')} …)`);
  const allowed = world.scenario.allowedInstanceTypes;
  if (allowed && !allowed.includes(type.name)) return fail(`this level allows only ${allowed.join(', ')}`);
  if (c.loadBalancerId !== undefined) {
    const lb = findLoadBalancer(world, c.loadBalancerId);
    if (!lb) return fail(`there is no load balancer "${c.loadBalancerId}"`);
    if (lb.regionId !== zone.regionId) return fail(`${lb.id} serves ${lb.regionId} only; ${zone.id} is in ${zone.regionId}`);
  }
  if (!canLaunchInto(world, zone.id, upZones(world))) {
    return fail(`InsufficientInstanceCapacity: ${zone.id} cannot take launches right now (${zone.state})`);
  }
  const inst = launchInstance(world, { zoneId: zone.id, type: type.name, purchase: c.purchase ?? 'onDemand', tenancy: c.tenancy ?? 'shared' }, events);
  inst.attachOnRunning = c.loadBalancerId ?? null;
  return ok(inst.id);
}

function liveInstance(world: World, id: string): Result<NonNullable<ReturnType<typeof findInstance>>> {
  const inst = findInstance(world, id);
  // Terminated instances leave the estate five minutes after they terminate.
  if (!inst) return fail(`there is no instance "${id}" (a terminated instance leaves the estate 5 minutes after it ends, and can never be started again)`);
  return ok(inst);
}

export function terminate(world: World, c: Of<'instance.terminate'>, events: EventSink): Result<string> {
  const found = liveInstance(world, c.instanceId);
  if (!found.ok) return found;
  const inst = found.value;
  if (inst.state === 'terminated' || inst.state === 'shuttingDown') return fail(`${inst.id} is already ${inst.state}`);
  transitionInstance(world, inst, 'TERMINATE', events, 'terminated by command');
  // Terminated instances leave their target groups at once; the group stops routing to them.
  deregisterEverywhere(world, inst.id, events);
  return ok(inst.id);
}

export function stop(world: World, c: Of<'instance.stop'>, events: EventSink): Result<string> {
  return simple(world, c.instanceId, 'STOP', 'stop needs a running or pending instance', events);
}

export function start(world: World, c: Of<'instance.start'>, events: EventSink): Result<string> {
  const found = liveInstance(world, c.instanceId);
  if (!found.ok) return found;
  if (found.value.state === 'terminated') return fail(`${c.instanceId} is terminated: a terminated instance cannot be started (launch a new one)`);
  if (found.value.state === 'stopped' && !canLaunchInto(world, found.value.zoneId, upZones(world))) {
    return fail(`InsufficientInstanceCapacity: ${found.value.zoneId} cannot start instances right now`);
  }
  return simple(world, c.instanceId, 'START', 'start needs a stopped instance', events);
}

export function reboot(world: World, c: Of<'instance.reboot'>, events: EventSink): Result<string> {
  return simple(world, c.instanceId, 'REBOOT', 'reboot needs a running instance', events);
}

/** Resizing needs stop → change type → start (DOMAIN §4.3); sizes stop at the family's ceiling. */
export function resize(world: World, c: Of<'instance.resize'>, events: EventSink): Result<string> {
  const found = liveInstance(world, c.instanceId);
  if (!found.ok) return found;
  const inst = found.value;
  const to = instanceType(c.instanceType);
  if (!to) return fail(`"${c.instanceType}" is not an instance type`);
  const from = instanceType(inst.type)!;
  if (to.family !== from.family) return fail(`resize stays in the ${from.family} family (its largest size is the ceiling)`);
  const allowed = world.scenario.allowedInstanceTypes;
  if (allowed && !allowed.includes(to.name)) return fail(`this level allows only ${allowed.join(', ')}`);
  // The lifecycle machine accepts RESIZE only in `stopped`.
  if (!canAdvance(instanceMachine, inst.state, { type: 'RESIZE' })) return fail(`resize needs the instance stopped first (${inst.id} is ${inst.state})`);
  inst.type = to.name;
  inst.capacityRps = to.capacityRps;
  for (const lb of world.loadBalancers) if (lb.targets.some((t) => t.instanceId === inst.id)) lb.healthVersion += 1;
  world.fleetChanged = true;
  events.push({ tick: world.tick, type: 'instance.resized', subject: inst.id, detail: `${from.name} → ${to.name}` });
  return ok(inst.id);
}

function simple(world: World, id: string, event: 'STOP' | 'START' | 'REBOOT', why: string, events: EventSink): Result<string> {
  const found = liveInstance(world, id);
  if (!found.ok) return found;
  const inst = found.value;
  return transitionInstance(world, inst, event, events, 'by command') ? ok(inst.id) : fail(`${why} (${inst.id} is ${inst.state})`);
}
