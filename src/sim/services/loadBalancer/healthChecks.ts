import type { SystemDef } from '../../core/serviceKind';
import { isServing } from '../instance/transitionInstance';
import { targetInstances } from './resolveTargets';

/**
 * Load balancer health checks. Each target is probed every interval; it is marked unhealthy after
 * `unhealthyThreshold` failed probes in a row (2 × 30 s ≈ 60 s at ALB defaults) and healthy again
 * after `healthyThreshold` passes (5 × 30 s = 150 s); a new target stays in its initial checks until
 * it passes one (DOMAIN §5.1).
 * Until a dead target is caught it keeps receiving traffic: detection delay is the heart of HA vs FT.
 * A grey failure passes its probes — the instance answers /health, just slowly.
 */
export const targetHealthChecks: SystemDef = {
  name: 'loadBalancer.healthChecks',
  phase: 'targetHealth',
  run(world, { up, events }) {
    const now = world.tick;
    for (const lb of world.loadBalancers) {
      if (lb.activeFromTick > now) continue;
      const { instances, enabled } = targetInstances(world, lb);
      for (let i = 0; i < lb.targets.length; i++) {
        const t = lb.targets[i]!;
        if (t.nextCheckTick > now) continue;
        t.nextCheckTick = now + lb.healthCheck.intervalTicks;
        const inst = instances[i];
        const pass = !!inst && enabled[i] === 1 && isServing(inst, now) && up.has(inst.zoneId);
        if (pass) {
          t.okStreak += 1;
          t.failStreak = 0;
          const need = t.health === 'initial' ? 1 : lb.healthCheck.healthyThreshold;
          if (t.health !== 'healthy' && t.okStreak >= need) {
            t.health = 'healthy';
            lb.healthVersion += 1;
            events.push({ tick: now, type: 'target.markedHealthy', subject: t.instanceId, detail: lb.id });
          }
        } else {
          t.failStreak += 1;
          t.okStreak = 0;
          // A target still in its initial checks (booting app) waits for its first pass; it is not failed.
          if (t.health === 'healthy' && t.failStreak >= lb.healthCheck.unhealthyThreshold) {
            t.health = 'unhealthy';
            lb.healthVersion += 1;
            events.push({ tick: now, type: 'target.markedUnhealthy', subject: t.instanceId, detail: `${lb.id}: failed ${t.failStreak} health checks in a row` });
          }
        }
      }
    }
  },
};

/** A load balancer that finished provisioning announces itself. */
export const loadBalancerLifecycle: SystemDef = {
  name: 'loadBalancer.lifecycle',
  phase: 'lifecycles',
  run(world, { events }) {
    const now = world.tick;
    for (const lb of world.loadBalancers) if (lb.activeFromTick === now && lb.createdTick !== now) events.push({ tick: now, type: 'loadBalancer.active', subject: lb.id });
  },
};
