import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import type { Instance } from '../instance/state';
import { launchInstance } from '../instance/launchInstance';
import { canLaunchInto } from '../places/places';
import { retire, zoneCounts } from './groupMembers';
import type { ScalingGroup } from './state';

/** After every AZ refused a launch, wait before trying again (Auto Scaling backs off too). */
const LAUNCH_RETRY_TICKS = 30;

/** Launches toward desired, keeping AZs balanced; true when it launched anything. */
export function launchToward(world: World, g: ScalingGroup, alive: Instance[], up: ReadonlySet<string>, events: EventSink): boolean {
  if (world.tick < g.launchRetryTick) return false;
  let launched = false;
  const counts = zoneCounts(g, alive);
  for (let n = alive.length; n < g.desired; n++) {
    const zoneId = pickLaunchZone(world, g, counts, up, events);
    if (zoneId === null) {
      g.launchRetryTick = world.tick + LAUNCH_RETRY_TICKS;
      return launched;
    }
    launched = true;
    const inst = launchInstance(world, { zoneId, type: g.type, purchase: g.purchase, scalingGroupId: g.id }, events);
    inst.attachOnRunning = g.loadBalancerId;
    counts.set(zoneId, (counts.get(zoneId) ?? 0) + 1);
  }
  return launched;
}

/** The least-populated AZ that can take a launch; each refusal is an event the player can read. */
function pickLaunchZone(world: World, g: ScalingGroup, counts: Map<string, number>, up: ReadonlySet<string>, events: EventSink): string | null {
  const order = [...g.zoneIds].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || (a < b ? -1 : 1));
  for (const zoneId of order) {
    if (canLaunchInto(world, zoneId, up)) return zoneId;
    events.push({ tick: world.tick, type: 'scalingGroup.launchFailed', subject: g.id, detail: `${zoneId}: InsufficientInstanceCapacity` });
  }
  return null;
}

/** Scale in from the most populated AZ first, newest instance first within it. */
export function scaleIn(world: World, g: ScalingGroup, alive: Instance[], count: number, events: EventSink): void {
  const counts = zoneCounts(g, alive);
  for (let k = 0; k < count; k++) {
    const zoneId = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const victim = [...alive].reverse().find((i) => i.zoneId === zoneId && i.state !== 'shuttingDown' && i.state !== 'terminated');
    if (!victim || zoneId === undefined) return;
    retire(world, victim, `${g.id}: scale in`, events);
    counts.set(zoneId, (counts.get(zoneId) ?? 1) - 1);
  }
}

/** AZ rebalancing: launch into the emptiest AZ first; the surplus is scaled in once it is running. */
export function rebalance(world: World, g: ScalingGroup, alive: Instance[], up: ReadonlySet<string>, events: EventSink): void {
  if (g.zoneIds.length < 2 || alive.length < 2) return;
  const counts = zoneCounts(g, alive);
  const values = g.zoneIds.map((z) => counts.get(z) ?? 0);
  if (Math.max(...values) - Math.min(...values) < 2) return;
  const emptiest = g.zoneIds[values.indexOf(Math.min(...values))]!;
  if (!canLaunchInto(world, emptiest, up)) return;
  const inst = launchInstance(world, { zoneId: emptiest, type: g.type, purchase: g.purchase, scalingGroupId: g.id }, events);
  inst.attachOnRunning = g.loadBalancerId;
}
