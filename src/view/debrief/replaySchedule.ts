import { type Command, type ScriptedCommand } from '../../sim';

/**
 * A run's command log as per-tick command lists, for a replay: the commands logged at tick t are
 * applied, in their logged order, just before the replay steps tick t, which is exactly when the
 * player's session applied them (GameSession.dispatch logs `world.tick`, the tick about to run).
 */
export function commandsByTick(log: readonly ScriptedCommand[]): ReadonlyMap<number, readonly Command[]> {
  const byTick = new Map<number, Command[]>();
  for (const entry of log) {
    const list = byTick.get(entry.atSeconds);
    if (list) list.push(entry.command);
    else byTick.set(entry.atSeconds, [entry.command]);
  }
  return byTick;
}

/** The ticks that have commands, in order (for markers on the replay's timeline). */
export function commandTicks(log: readonly ScriptedCommand[]): number[] {
  return [...commandsByTick(log).keys()].sort((a, b) => a - b);
}
