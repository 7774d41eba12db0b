/**
 * A schedule of (tick, id) alarms as a binary min-heap over two parallel arrays: plain data, so it
 * lives in the World (cloned and hashed with it). A system that would otherwise look at every entity
 * every tick asks only for the ids whose alarm is due. An alarm may be stale (the entity changed
 * since): the system checks the entity itself, so a stale alarm costs a look and changes nothing.
 */
export interface Alarms {
  ticks: number[];
  ids: string[];
}

export const createAlarms = (): Alarms => ({ ticks: [], ids: [] });

export function setAlarm(a: Alarms, tick: number, id: string): void {
  let i = a.ticks.length;
  a.ticks.push(tick);
  a.ids.push(id);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (a.ticks[parent]! <= tick) break;
    a.ticks[i] = a.ticks[parent]!;
    a.ids[i] = a.ids[parent]!;
    i = parent;
  }
  a.ticks[i] = tick;
  a.ids[i] = id;
}

/** The earliest alarm's tick (Infinity when none is set). */
export const nextAlarm = (a: Alarms): number => (a.ticks.length > 0 ? a.ticks[0]! : Number.POSITIVE_INFINITY);

/** Removes and returns the ids of every alarm due at or before `now`, each once. */
export function takeDue(a: Alarms, now: number): Set<string> {
  const due = new Set<string>();
  while (a.ticks.length > 0 && a.ticks[0]! <= now) {
    due.add(a.ids[0]!);
    const lastTick = a.ticks.pop()!;
    const lastId = a.ids.pop()!;
    const n = a.ticks.length;
    if (n === 0) break;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && a.ticks[r]! < a.ticks[l]! ? r : l;
      if (a.ticks[c]! >= lastTick) break;
      a.ticks[i] = a.ticks[c]!;
      a.ids[i] = a.ids[c]!;
      i = c;
    }
    a.ticks[i] = lastTick;
    a.ids[i] = lastId;
  }
  return due;
}
