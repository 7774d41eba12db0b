import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import type { LoadBalancer, TargetHealth } from './state';

/**
 * Registers an instance with a load balancer. A new target must pass one health check before it
 * gets traffic (DOMAIN §5.1); its first probe is one interval away.
 */
export function registerTarget(world: World, lb: LoadBalancer, instanceId: string, events: EventSink, health: TargetHealth = 'initial'): void {
  if (lb.targets.some((t) => t.instanceId === instanceId)) return;
  // Keep targets in id order so every engine iterates them the same way (new ids sort last).
  let at = lb.targets.length;
  while (at > 0 && lb.targets[at - 1]!.instanceId > instanceId) at--;
  lb.targets.splice(at, 0, { instanceId, health, okStreak: 0, failStreak: 0, nextCheckTick: world.tick + lb.healthCheck.intervalTicks });
  lb.targetsVersion += 1;
  events.push({ tick: world.tick, type: 'target.registered', subject: instanceId, detail: lb.id });
}

export function deregisterTarget(world: World, lb: LoadBalancer, instanceId: string, events: EventSink): boolean {
  const i = lb.targets.findIndex((t) => t.instanceId === instanceId);
  if (i < 0) return false;
  lb.targets.splice(i, 1);
  lb.targetsVersion += 1;
  events.push({ tick: world.tick, type: 'target.deregistered', subject: instanceId, detail: lb.id });
  return true;
}

/** Removes an instance from every load balancer (it is being terminated). */
export function deregisterEverywhere(world: World, instanceId: string, events: EventSink): void {
  for (const lb of world.loadBalancers) deregisterTarget(world, lb, instanceId, events);
}
