import { fail, ok, type Result } from '../../../shared/result';
import { oneOf, optional, required } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { ref } from '../../commands/fields';
import type { World } from '../../core/world';
import { accepts } from '../../machines/advance';
import { findLoadBalancer } from '../loadBalancer/createLoadBalancer';
import { deregisterEverywhere } from '../loadBalancer/targets';
import { canLaunchInto, findZone, upZones } from '../places/places';
import { contributionOf, rebill } from './billing';
import { PURCHASES, TENANCIES } from './constants';
import { findInstance } from './findInstance';
import { INSTANCE_TYPE_NAMES, instanceType } from './instanceTypes';
import { quotaRefusal } from './instanceQuota';
import { launchInstance } from './launchInstance';
import { instanceMachine, type InstanceEvent } from './machine';
import type { Instance } from './state';
import { transitionInstance } from './transitionInstance';
import { words } from '../../../shared/words';

const instanceRef = () => required(ref('The instance, e.g. "web-1" or "i-0007".'));
const typeField = (description: string) => oneOf(INSTANCE_TYPE_NAMES, { description, noun: 'instance type' });

function allowedType(world: World, name: string): Result<true> {
  const allowed = world.scenario.allowedInstanceTypes;
  return allowed && !allowed.includes(name) ? fail(`this level allows only ${allowed.join(', ')}`) : ok(true);
}

function liveInstance(world: World, id: string): Result<Instance> {
  const inst = findInstance(world, id);
  // Terminated instances leave the estate five minutes after they terminate.
  return inst ? ok(inst) : fail(`there is no instance "${id}" (a terminated instance leaves the estate 5 minutes after it ends, and can never be started again)`);
}

/** A command that is one machine event: legal exactly when the machine accepts it. */
function machineCheck(world: World, id: string, event: InstanceEvent['type'], why: string): Result<Instance> {
  const found = liveInstance(world, id);
  if (!found.ok) return found;
  return accepts(instanceMachine, found.value.state, { type: event }) ? found : fail(`${why} (${found.value.id} is ${words(found.value.state)})`);
}

export const launchCommand = defineCommand({
  type: 'instance.launch',
  summary: 'Launch a new instance in an Availability Zone; it boots for about a minute before it serves.',
  fields: {
    zoneId: required(ref('The Availability Zone to launch into.')),
    instanceType: required(typeField('The instance type, e.g. "m5.large".')),
    purchase: optional(oneOf(PURCHASES, { description: 'On-demand (default) or spot.', noun: 'purchase option' })),
    tenancy: optional(oneOf(TENANCIES, { description: 'Shared (default), dedicated instance or dedicated host.', noun: 'tenancy' })),
    loadBalancerId: optional(ref('A load balancer of the same Region to join once running.')),
  },
  check(world, c) {
    const zone = findZone(world, c.zoneId);
    if (!zone) return fail(`there is no Availability Zone "${c.zoneId}" (zones: ${world.zones.map((z) => z.id).join(', ')})`);
    const allowed = allowedType(world, c.instanceType);
    if (!allowed.ok) return allowed;
    if (c.loadBalancerId !== undefined) {
      const lb = findLoadBalancer(world, c.loadBalancerId);
      if (!lb) return fail(`there is no load balancer "${c.loadBalancerId}"`);
      if (lb.regionId !== zone.regionId) return fail(`${lb.id} serves ${lb.regionId} only; ${zone.id} is in ${zone.regionId}`);
    }
    const quota = quotaRefusal(world, 1);
    if (quota) return fail(quota);
    if (!canLaunchInto(world, zone.id, upZones(world))) return fail(`InsufficientInstanceCapacity: ${zone.id} cannot take launches right now (${zone.state})`);
    return ok(zone.id);
  },
  apply(world, c, zoneId, events) {
    const inst = launchInstance(world, { zoneId, type: c.instanceType, purchase: c.purchase ?? 'onDemand', tenancy: c.tenancy ?? 'shared' }, events);
    inst.attachOnRunning = c.loadBalancerId ?? null;
    return inst.id;
  },
});

export const terminateCommand = defineCommand({
  type: 'instance.terminate',
  summary: 'Terminate an instance: it is gone for good (its disk too), and billing stops.',
  fields: { instanceId: instanceRef() },
  check(world, c) {
    const found = liveInstance(world, c.instanceId);
    if (!found.ok) return found;
    const inst = found.value;
    return accepts(instanceMachine, inst.state, { type: 'TERMINATE' }) ? found : fail(`${inst.id} is already ${words(inst.state)}`);
  },
  apply(world, _c, inst, events) {
    void transitionInstance(world, inst, { type: 'TERMINATE' }, events, 'terminated by command');
    // Terminated instances leave their target groups at once; the group stops routing to them.
    deregisterEverywhere(world, inst.id, events);
    return inst.id;
  },
});

export const stopCommand = defineCommand({
  type: 'instance.stop',
  summary: 'Stop an instance: compute billing stops, its disk is kept (and billed), memory is lost.',
  fields: { instanceId: instanceRef() },
  check: (world, c) => machineCheck(world, c.instanceId, 'STOP', 'stop needs a running or pending instance'),
  apply(world, _c, inst, events) {
    void transitionInstance(world, inst, { type: 'STOP' }, events, 'by command');
    return inst.id;
  },
});

export const startCommand = defineCommand({
  type: 'instance.start',
  summary: 'Start a stopped instance: it boots again and a new billing period (60 s minimum) begins.',
  fields: { instanceId: instanceRef() },
  check(world, c) {
    const found = liveInstance(world, c.instanceId);
    if (!found.ok) return found;
    const inst = found.value;
    if (inst.state === 'terminated') return fail(`${inst.id} is terminated: a terminated instance cannot be started (launch a new one)`);
    if (inst.state === 'stopped' && !canLaunchInto(world, inst.zoneId, upZones(world))) return fail(`InsufficientInstanceCapacity: ${inst.zoneId} cannot start instances right now`);
    return machineCheck(world, c.instanceId, 'START', 'start needs a stopped instance');
  },
  apply(world, _c, inst, events) {
    void transitionInstance(world, inst, { type: 'START' }, events, 'by command');
    return inst.id;
  },
});

export const rebootCommand = defineCommand({
  type: 'instance.reboot',
  summary: 'Reboot an instance: it stays on its host and in its billing period, but its app is down for a minute.',
  fields: { instanceId: instanceRef() },
  check: (world, c) => machineCheck(world, c.instanceId, 'REBOOT', 'reboot needs a running instance'),
  apply(world, _c, inst, events) {
    void transitionInstance(world, inst, { type: 'REBOOT' }, events, 'by command');
    return inst.id;
  },
});

/** Resizing needs stop → change type → start (DOMAIN §4.3), within the instance's family. */
export const resizeCommand = defineCommand({
  type: 'instance.resize',
  summary: 'Change a stopped instance to another size of its family (capacity and price grow with its vCPUs).',
  fields: { instanceId: instanceRef(), instanceType: required(typeField('The new type, in the same family.')) },
  check(world, c) {
    const found = liveInstance(world, c.instanceId);
    if (!found.ok) return found;
    const inst = found.value;
    const to = instanceType(c.instanceType)!;
    const from = instanceType(inst.type)!;
    if (to.family !== from.family) return fail(`resize stays in the ${from.family} family`);
    const allowed = allowedType(world, to.name);
    if (!allowed.ok) return allowed;
    // The lifecycle machine accepts RESIZE only in `stopped`.
    if (!accepts(instanceMachine, inst.state, { type: 'RESIZE' })) return fail(`resize needs the instance stopped first (${inst.id} is ${words(inst.state)})`);
    return ok(inst);
  },
  apply(world, c, inst, events) {
    const from = inst.type;
    const to = instanceType(c.instanceType)!;
    const billedBefore = contributionOf(inst);
    inst.type = to.name;
    inst.capacityRps = to.capacityRps;
    rebill(world, billedBefore, inst);
    for (const lb of world.loadBalancers) if (lb.targets.some((t) => t.instanceId === inst.id)) lb.healthVersion += 1;
    events.push({ tick: world.tick, type: 'instance.resized', subject: inst.id, detail: `${from} → ${to.name}` });
    return inst.id;
  },
});

export const instanceCommands = [launchCommand, terminateCommand, stopCommand, startCommand, rebootCommand, resizeCommand] as const;
