import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyCommand, createWorld, step, type Command, type CommandType, type World } from '../../../src/sim';
import { actionsFor } from '../../../src/view/play/actionsFor';
import { estateRows, type Row } from '../../../src/view/play/estateTree';
import type { Selection } from '../../../src/view/services/selection';
import { campaignLevel } from '../debrief/helpers';

/**
 * Every command a campaign level allows has a control a player can reach in that level: from the
 * level's own worlds (its start, and the moments its reference and lose scripts pass through), the
 * test selects every row of the estate list and reads the actions the context panel offers. Where a
 * control appears only after something else (a replica to promote, a failover to fail back from),
 * it tries the offered actions a step ahead, as a curious player would. Levels are read from the
 * folder, so a level added later is covered without editing this file.
 */

const CAMPAIGN = fileURLToPath(new URL('../../../levels/campaign', import.meta.url));
const LEVELS = readdirSync(CAMPAIGN)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** Simulated seconds to let a command's effect settle (a replica, a load balancer, a failover). */
const SETTLE_TICKS = 900;

function selections(rows: readonly Row[]): Selection[] {
  return rows.flatMap((r) => [r.sel, ...(r.section ? selections(r.section.rows) : [])]);
}

function offered(world: World): { type: CommandType; command: Command; legal: boolean }[] {
  return selections(estateRows(world)).flatMap((sel) => actionsFor(world, sel).map((a) => ({ type: a.command.type, command: a.command, legal: a.legal.ok })));
}

function advance(world: World, ticks: number, script: ReadonlyMap<number, Command[]> = new Map()): void {
  const end = Math.min(world.durationTicks - 1, world.tick + ticks);
  while (world.tick < end) step(world, script.get(world.tick) ?? []);
}

/** Command types offered in `world` and, one or two actions ahead, in the worlds its legal actions lead to. */
function explore(world: World, depth: number, seen: Set<CommandType>): void {
  const here = offered(world);
  for (const o of here) seen.add(o.type);
  if (depth === 0) return;
  // One legal action of each type is enough to open what it unlocks.
  const tried = new Set<CommandType>();
  for (const o of here) {
    if (!o.legal || tried.has(o.type)) continue;
    tried.add(o.type);
    const next = structuredClone(world);
    if (!applyCommand(next, o.command, []).ok) continue;
    advance(next, SETTLE_TICKS);
    explore(next, depth - 1, seen);
  }
}

describe('every command a level allows has a control the player can reach in it', () => {
  it('reads every campaign level', () => {
    expect(LEVELS.length).toBeGreaterThanOrEqual(10);
  });

  it.each(LEVELS)('%s', (name) => {
    const { scenario, win, lose } = campaignLevel(name);
    const allowed = scenario.allowedCommands ?? [];
    expect(allowed.length, `${name} lists the commands it allows`).toBeGreaterThan(0);
    const seen = new Set<CommandType>();
    explore(createWorld(scenario, 1), 2, seen);
    // The moments the level's own scripts pass through: before and after each fault and command.
    for (const script of [win, lose]) {
      const byTick = new Map<number, Command[]>();
      for (const s of script) byTick.set(s.atSeconds, [...(byTick.get(s.atSeconds) ?? []), s.command]);
      const world = createWorld(scenario, 1);
      const samples = 8;
      for (let k = 1; k <= samples; k++) {
        advance(world, Math.floor(world.durationTicks / samples), byTick);
        explore(world, 1, seen);
      }
    }
    const missing = allowed.filter((t) => !(seen as Set<string>).has(t));
    expect(missing, `${name}: allowed, but no control offers it`).toEqual([]);
  });
});
