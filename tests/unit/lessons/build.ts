import { type Command, type ScriptedCommand, type SimEvent, type ScenarioSpec, simulate, type Simulation } from '../../../src/sim';

export const EAST = { id: 'us-east-1', zones: ['use1-az1', 'use1-az2', 'use1-az3'] };
export const WEST = { id: 'us-west-2', zones: ['usw2-az1', 'usw2-az2', 'usw2-az3'] };

/** A small one-Region scenario behind a load balancer; tests override what their lesson needs. */
export function scenario(over: Partial<ScenarioSpec> & { estate: ScenarioSpec['estate'] }): ScenarioSpec {
  return {
    formatVersion: 2,
    id: 'lesson',
    title: 'lesson',
    durationSeconds: 3 * 3600,
    regions: [EAST],
    traffic: { curves: [{ kind: 'steady', rps: 150 }] },
    faults: {},
    objectives: { slaPct: 99 },
    ...over,
  };
}

/** A web tier of `count` instances of `type` behind web-alb, placed round-robin over `zones`. */
export function webTier(count: number, type: string, zones: readonly string[], extra: Partial<ScenarioSpec['estate']> = {}): ScenarioSpec['estate'] {
  return {
    loadBalancers: [{ id: 'web-alb', region: 'us-east-1', zones: [...EAST.zones] }],
    instances: Array.from({ length: count }, (_, i) => ({ id: `web-${i + 1}`, zone: zones[i % zones.length]!, type, loadBalancer: 'web-alb' })),
    dns: { endpoints: [{ id: 'shop', region: 'us-east-1', target: 'web-alb' }] },
    sessions: 'store',
    ...extra,
  };
}

export const at = (atSeconds: number, command: Command): ScriptedCommand => ({ atSeconds, command });

export function run(s: ScenarioSpec, script: ScriptedCommand[] = [], seed = 1): Simulation {
  return simulate(s, { seed, script, keepEvents: true });
}

export const badMinutes = (sim: Simulation): number => sim.world.metrics.windows - sim.world.metrics.goodWindows;
export const eventsOf = (sim: Simulation, type: SimEvent['type']): SimEvent[] => sim.events.filter((e) => e.type === type);

/** Ticks of the minutes that went bad, as [start, end) second ranges. */
export function badMinuteTicks(sim: Simulation): number[] {
  return eventsOf(sim, 'sla.minuteBad').map((e) => e.tick);
}
