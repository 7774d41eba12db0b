import { applyCommand } from './commands/applyCommand';
import type { Command } from './commands/types';
import { runDr } from './dr/runbook';
import type { SimEvent } from './events';
import type { World } from './model/world';
import { advanceLifecycles } from './systems/advanceLifecycles';
import { autoscale } from './systems/autoscale';
import { backUpDatabases } from './systems/backUpDatabases';
import { chargeBill } from './systems/chargeBill';
import { checkDnsHealth } from './systems/checkDnsHealth';
import { checkTargetHealth } from './systems/checkTargetHealth';
import { measureUptime } from './systems/measureUptime';
import { pruneTerminated } from './systems/pruneTerminated';
import { routeTraffic } from './systems/routeTraffic';
import { runFaults } from './systems/runFaults';
import { upZones } from './systems/upZones';

export interface StepResult {
  world: World;
  events: SimEvent[];
}

/**
 * Advances the World by one tick (one simulated second). Deterministic: the same World and commands
 * give the same result in every engine. For speed it updates the World in place and returns it;
 * a caller that needs the old state keeps a structuredClone.
 *
 * The order of systems, and why:
 * 1. commands     — the player's intent acts first: a launch issued now starts booting this tick.
 * 2. runFaults    — before lifecycles and routing: no traffic reaches a zone that failed this tick.
 * 3. lifecycles   — boots, stops and recoveries finish before health is judged.
 * 4. runDr        — DR steps react to the databases and instances as they now are.
 * 5. autoscale    — reads last tick's metrics and this tick's health; its launches start now.
 * 6. targetHealth — probes see the fleet after this tick's changes.
 * 7. dnsHealth    — after target health: alias records evaluate target health.
 * 8. routeTraffic — sends demand along the routes as the checks left them.
 * 9. backups      — the writes of this tick are in the log upload of this tick.
 * 10. chargeBill  — bills the second for what existed and what was transferred.
 * 11. uptime      — scores the traffic of this tick.
 * 12. prune       — last: nothing else this tick refers to an instance it removes.
 */
export function step(world: World, commands: readonly Command[] = []): StepResult {
  const events: SimEvent[] = [];
  for (const c of commands) applyCommand(world, c, events);
  runFaults(world, events);
  advanceLifecycles(world, events);
  runDr(world, events);
  const up = upZones(world);
  autoscale(world, up, events);
  checkTargetHealth(world, up, events);
  checkDnsHealth(world, up, events);
  const tally = routeTraffic(world, up);
  backUpDatabases(world);
  chargeBill(world, tally);
  measureUptime(world, tally, events);
  pruneTerminated(world);
  world.tick += 1;
  return { world, events };
}
