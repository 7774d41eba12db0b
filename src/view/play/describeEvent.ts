import { type SimEvent, type World } from '../../sim';
import { formatAt, type LevelClock } from '../format';
import { eventView } from '../services/registry';
import { SILENT } from '../services/serviceView';

/**
 * An event as a line of the event log: what happened, and why when the simulation says. Each
 * service view words its own events; routine bookkeeping (command.accepted, an app becoming ready)
 * is SILENT, left out of the log. null means "skip". The time is the level's clock (levelClock).
 */
export function describeEvent(e: SimEvent, clock: LevelClock): string | null {
  const log = eventView(e.type)?.log;
  if (log === undefined || log === SILENT) return null;
  return `${formatAt(clock, e.tick)} ${log(e.subject ?? '', e.detail ?? '', e.value)}`;
}

/** Bad news, coloured in the log (a word says it too: "down", "breached"). */
export const isBadNews = (e: SimEvent): boolean => eventView(e.type)?.bad === true;

/**
 * What the screen reader hears: incidents only, in one sentence with the consequence, e.g.
 * "use1-az2 down: 4 of 6 instances lost; load balancer rerouting in about 60 s". Urgent ones
 * (outages, a breached SLA) interrupt.
 */
export function narrate(e: SimEvent, world: World): { line: string; urgent: boolean; holds: (world: World) => boolean } | null {
  const n = eventView(e.type)?.narrate;
  if (!n) return null;
  const subject = e.subject ?? '';
  return { line: n.say(subject, world), urgent: n.urgent === true, holds: (w) => n.holds?.(subject, w) ?? true };
}
