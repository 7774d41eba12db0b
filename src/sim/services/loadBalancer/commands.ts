import { fail, ok, type Result } from '../../../shared/result';
import { array, boolean, integer, object, optional, required } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { ref } from '../../commands/fields';
import { newId } from '../../core/ids';
import type { World } from '../../core/world';
import { inheritCalls } from '../../traffic/topology';
import { findInstance } from '../instance/findInstance';
import { loseSessions } from '../instance/loseSessions';
import { findRegion } from '../places/places';
import { LB_PROVISION_TICKS } from './constants';
import { settleProbeClocks } from './healthChecks';
import { createLoadBalancer, findLoadBalancer } from './createLoadBalancer';
import type { LoadBalancer } from './state';
import { deregisterTarget, registerTarget } from './targets';

const zoneIds = (description: string) => array(ref('An Availability Zone id.'), { description, maxItems: 20 });
const lbRef = () => required(ref('The load balancer, e.g. "web-alb".'));

function getLb(world: World, id: string): Result<LoadBalancer> {
  const lb = findLoadBalancer(world, id);
  return lb ? ok(lb) : fail(`there is no load balancer "${id}"`);
}

function zonesOf(world: World, regionId: string, zones: readonly string[]): Result<true> {
  const region = findRegion(world, regionId)!;
  return zones.length === 0 || zones.some((z) => !region.zoneIds.includes(z)) ? fail(`enable one or more AZs of ${region.id} (${region.zoneIds.join(', ')})`) : ok(true);
}

export const createLbCommand = defineCommand({
  type: 'loadBalancer.create',
  summary: 'Create an Application Load Balancer in a Region; it takes about three minutes to provision.',
  fields: {
    regionId: required(ref('The Region.')),
    zoneIds: required(zoneIds('The Availability Zones it serves.')),
    crossZone: optional(boolean({ description: 'Spread requests across all enabled zones (default on).' })),
    sticky: optional(boolean({ description: 'Sticky sessions (default off).' })),
  },
  check(world, c) {
    const region = findRegion(world, c.regionId);
    if (!region) return fail(`there is no Region "${c.regionId}"`);
    return zonesOf(world, region.id, c.zoneIds);
  },
  apply(world, c, _ok, events) {
    const id = newId(world, 'alb');
    world.loadBalancers.push(createLoadBalancer({ id, region: c.regionId, zones: c.zoneIds, crossZone: c.crossZone ?? true, sticky: c.sticky ?? false }, world.tick, LB_PROVISION_TICKS));
    inheritCalls(world, id);
    events.push({ tick: world.tick, type: 'loadBalancer.created', subject: id, detail: `active in about ${LB_PROVISION_TICKS / 60} min` });
    return id;
  },
});

export const attachCommand = defineCommand({
  type: 'loadBalancer.attach',
  summary: 'Register an instance with a load balancer; it gets traffic once it passes a health check.',
  fields: { loadBalancerId: lbRef(), instanceId: required(ref('The instance.')) },
  check(world, c) {
    const lb = getLb(world, c.loadBalancerId);
    if (!lb.ok) return lb;
    const inst = findInstance(world, c.instanceId);
    if (!inst || inst.state === 'terminated' || inst.state === 'shuttingDown') return fail(`there is no live instance "${c.instanceId}"`);
    if (inst.regionId !== lb.value.regionId) return fail(`${inst.id} is in ${inst.regionId}; ${lb.value.id} serves ${lb.value.regionId} only`);
    if (lb.value.targets.some((t) => t.instanceId === inst.id)) return fail(`${inst.id} is already behind ${lb.value.id}`);
    return ok({ lb: lb.value, inst });
  },
  apply(world, _c, { lb, inst }, events) {
    // A booting instance is registered once running, so it is not failed for checks while it boots.
    if (inst.state === 'pending') inst.attachOnRunning = lb.id;
    else registerTarget(world, lb, inst.id, events);
    return inst.id;
  },
});

export const detachCommand = defineCommand({
  type: 'loadBalancer.detach',
  summary: 'Deregister an instance from a load balancer: it gets no more traffic.',
  fields: { loadBalancerId: lbRef(), instanceId: required(ref('The instance.')) },
  check(world, c) {
    const lb = getLb(world, c.loadBalancerId);
    if (!lb.ok) return lb;
    return lb.value.targets.some((t) => t.instanceId === c.instanceId) ? lb : fail(`${c.instanceId} is not behind ${lb.value.id}`);
  },
  apply(world, c, lb, events) {
    deregisterTarget(world, lb, c.instanceId, events);
    // Its shoppers' next requests go to other servers: sessions held in its memory are lost with the
    // move, as when it stops (sticky or not), unless another load balancer still sends it their traffic.
    const inst = findInstance(world, c.instanceId);
    if (inst && world.sessions.mode === 'memory' && !world.loadBalancers.some((other) => other.targets.some((t) => t.instanceId === inst.id))) {
      loseSessions(world, inst, events, `left ${lb.id}`);
    }
    return c.instanceId;
  },
});

const threshold = (description: string) => optional(integer({ description, min: -1e9, max: 1e9 }));

export const configureLbCommand = defineCommand({
  type: 'loadBalancer.configure',
  summary: 'Change a load balancer\'s zones, cross-zone balancing, stickiness or health check.',
  fields: {
    loadBalancerId: lbRef(),
    zoneIds: optional(zoneIds('The Availability Zones it serves.')),
    crossZone: optional(boolean({ description: 'Spread requests across all enabled zones.' })),
    sticky: optional(boolean({ description: 'Sticky sessions.' })),
    healthCheck: optional(
      object(
        {
          intervalSeconds: threshold('Seconds between checks (5–300).'),
          unhealthyThreshold: threshold('Failed checks before a target is taken out (2–10).'),
          healthyThreshold: threshold('Passed checks before a target is put back (2–10).'),
        },
        { description: 'Health-check settings to change.' },
      ),
    ),
  },
  check(world, c) {
    const lb = getLb(world, c.loadBalancerId);
    if (!lb.ok) return lb;
    if (c.zoneIds) {
      const zones = zonesOf(world, lb.value.regionId, c.zoneIds);
      if (!zones.ok) return zones;
    }
    const hc = c.healthCheck;
    // ALB ranges: interval 5–300 s, thresholds 2–10 (DOMAIN §5.1).
    if (hc?.intervalSeconds !== undefined && (hc.intervalSeconds < 5 || hc.intervalSeconds > 300)) return fail('health-check interval must be 5–300 s');
    for (const v of [hc?.healthyThreshold, hc?.unhealthyThreshold]) if (v !== undefined && (v < 2 || v > 10)) return fail('health-check thresholds must be 2–10');
    return lb;
  },
  apply(world, c, lb) {
    if (c.zoneIds) {
      lb.zoneIds = [...c.zoneIds];
      lb.targetsVersion += 1;
    }
    if (c.crossZone !== undefined) lb.crossZone = c.crossZone;
    if (c.sticky !== undefined) lb.sticky = c.sticky;
    const hc = c.healthCheck;
    // The probe already scheduled under the old interval still happens; the new one counts from it.
    if (hc?.intervalSeconds !== undefined) settleProbeClocks(world, lb);
    if (hc?.intervalSeconds !== undefined) lb.healthCheck.intervalTicks = hc.intervalSeconds;
    if (hc?.healthyThreshold !== undefined) lb.healthCheck.healthyThreshold = hc.healthyThreshold;
    if (hc?.unhealthyThreshold !== undefined) lb.healthCheck.unhealthyThreshold = hc.unhealthyThreshold;
    return lb.id;
  },
});

export const loadBalancerCommands = [createLbCommand, attachCommand, detachCommand, configureLbCommand] as const;
