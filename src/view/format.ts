import type { ScenarioSpec } from '../sim';
import { WEEKDAYS } from '../sim';

/** Display formats shared by the DOM panels. */

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_SECONDS = 86_400;

/** A span of simulated seconds as hh:mm:ss (hours keep counting past 99): a duration, never a moment. */
export function formatElapsed(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * How a level's clock reads: the one thing every view needs to turn a tick into the time players
 * see (HUD, event log, charts, briefing, debrief, replay). Built from the level's `clock` field.
 */
export interface LevelClock {
  /** Seconds after midnight at tick 0; null: the level keeps elapsed time (00:00:00 at the start). */
  startOfDaySeconds: number | null;
  /** Index into WEEKDAYS of the first day; null: days are numbered when the level spans midnight. */
  weekday: number | null;
  /** Times carry their day ("Tue 10:00", "Day 2 08:00"): the level has a weekday or crosses midnight. */
  dayLabels: boolean;
}

/** A level without a `clock` counts elapsed time, as every level did before the field existed. */
export const ELAPSED_CLOCK: LevelClock = { startOfDaySeconds: null, weekday: null, dayLabels: false };

export function levelClock(scenario: Pick<ScenarioSpec, 'clock' | 'durationSeconds'>): LevelClock {
  const c = scenario.clock;
  if (!c) return ELAPSED_CLOCK;
  const [h, m] = c.startsAt.split(':').map(Number);
  const start = ((h ?? 0) * 60 + (m ?? 0)) * 60;
  const weekday = c.weekday === undefined ? null : WEEKDAYS.indexOf(c.weekday);
  return { startOfDaySeconds: start, weekday, dayLabels: weekday !== null || start + scenario.durationSeconds > DAY_SECONDS };
}

/**
 * A moment of the run (a tick) as the level's clock shows it: "01:00:00" (elapsed), "14:30:00",
 * "Tue 07:00:00" or "Day 2 08:00:00". `seconds: false` drops them (chart axes, briefings).
 */
export function formatAt(clock: LevelClock, tick: number, opts: { seconds?: boolean } = {}): string {
  const t = Math.max(0, Math.floor(tick));
  const withSeconds = opts.seconds ?? true;
  if (clock.startOfDaySeconds === null) {
    const e = formatElapsed(t);
    return withSeconds ? e : e.slice(0, -3);
  }
  const since = clock.startOfDaySeconds + t;
  const day = Math.floor(since / DAY_SECONDS);
  const s = since % DAY_SECONDS;
  const time = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}${withSeconds ? `:${pad(s % 60)}` : ''}`;
  if (!clock.dayLabels) return time;
  const label = clock.weekday === null ? `Day ${day + 1}` : WEEKDAYS[(clock.weekday + day) % 7]!.slice(0, 3);
  return `${label} ${time}`;
}

/** The HUD's clock: "00:10:00 / 02:00:00" in elapsed time, "Mon 06:10:00 (ends Tue 10:00)" in time of day. */
export function formatNowAndEnd(clock: LevelClock, tick: number, durationTicks: number): string {
  if (clock.startOfDaySeconds === null) return `${formatElapsed(tick)} / ${formatElapsed(durationTicks)}`;
  return `${formatAt(clock, tick)} (ends ${formatAt(clock, durationTicks, { seconds: false })})`;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatUsd(amount: number): string {
  return usd.format(amount);
}

const rps = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatRps(value: number): string {
  return `${rps.format(value)} req/s`;
}

export function formatPct(value: number): string {
  return `${value.toFixed(2)} %`;
}

/** A change in an hourly price, signed, to a tenth of a cent: "+$0.096/h", "−$0.096/h". */
export function formatPerHour(micros: number): string {
  return `${micros >= 0 ? '+' : '−'}$${(Math.abs(micros) / 1_000_000).toFixed(3)}/h`;
}

/** Names in a sentence: "Ada", "Ada and Cy", "Ada, Bo and Cy". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
