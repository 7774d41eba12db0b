import type { World } from './core/world';
import { totalMicros } from './core/ledger';
import { score } from './score';

export interface WorldSummary {
  tick: number;
  demandRps: number;
  servedRps: number;
  uptimePct: number;
  costUsd: number;
  runningInstances: number;
  outcome: 'running' | 'won' | 'lost';
}

/** A few live numbers for the HUD and test hooks; cheap enough to call every frame. */
export function summarise(world: World): WorldSummary {
  const m = world.metrics;
  let running = 0;
  for (const i of world.instances) if (i.state === 'running') running += 1;
  const uptimePct = m.windows > 0 ? (m.goodWindows * 100) / m.windows : 100;
  const finished = world.tick >= world.durationTicks;
  return {
    tick: world.tick,
    demandRps: m.lastDemandRps,
    servedRps: m.lastServedRps,
    uptimePct,
    costUsd: totalMicros(world.ledger) / 1_000_000,
    runningInstances: running,
    outcome: finished ? score(world).outcome : 'running',
  };
}
