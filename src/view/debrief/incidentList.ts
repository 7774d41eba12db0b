import { h } from '../dom/h';
import { formatAt, type LevelClock } from '../format';
import { formatDuration } from './formatDuration';
import type { Incident, IncidentTimeline, Moment } from './incidentTimeline';

/** Past this many incidents, the ones that cost no bad minute are folded away (spot churn makes dozens). */
const SHOW_ALL = 6;
/**
 * Cards in one list at most. A run that loses an instance every two seconds has thousands of
 * incidents: building every card took 300 ms on the page's thread, and nobody reads past a page of them.
 */
export const MAX_CARDS = 40;

/**
 * The incident timeline: a summary of the measured MTTD, MTTR, RTO and RPO, then one card per
 * incident with its four moments in order (fault, detected, mitigated, recovered) on the level's
 * clock, and a button to watch the replay from just before it.
 */
export function incidentList(t: IncidentTimeline, clock: LevelClock, replayFrom: ((tick: number) => void) | null): HTMLElement {
  const summary = h(
    'dl',
    { class: 'incident-summary' },
    stat('Incidents', String(t.incidents.length)),
    stat('MTTD', t.mttdSeconds === null ? '—' : formatDuration(t.mttdSeconds), 'mean time to detect: fault → first reaction'),
    stat('MTTR', t.mttrSeconds === null ? '—' : formatDuration(t.mttrSeconds), 'mean time to recover: detection → first good minute'),
    stat('RTO', t.worstRtoSeconds === null ? (t.incidents.length === 0 ? '—' : 'not recovered') : formatDuration(t.worstRtoSeconds), 'measured, longest: fault → first good minute'),
    stat('RPO', `${t.totalRpoSeconds + t.strayDataLostSeconds} s`, 'writes lost'),
  );
  const stray =
    t.strayBadMinutes > 0
      ? h('p', { class: 'incident-stray' }, `◆ ${t.strayBadMinutes} bad ${t.strayBadMinutes === 1 ? 'minute was' : 'minutes were'} not tied to any fault: your own changes, or too little capacity for the traffic.`)
      : null;
  if (t.incidents.length === 0) return h('div', { class: 'incident-timeline' }, h('p', { class: 'incident-none' }, '● No faults hit this run: nothing to detect, mitigate or recover from.'), stray);

  const loud = t.incidents.length <= SHOW_ALL ? t.incidents : t.incidents.filter((i) => i.outcome !== 'rodeThrough');
  const quiet = t.incidents.filter((i) => !loud.includes(i));
  return h(
    'div',
    { class: 'incident-timeline' },
    summary,
    stray,
    ...cards(loud, clock, replayFrom),
    quiet.length > 0
      ? h(
          'details',
          { class: 'incidents-more' },
          h('summary', {}, `${quiet.length} more ${quiet.length === 1 ? 'incident' : 'incidents'} with no bad minute`),
          ...cards(quiet, clock, replayFrom),
        )
      : null,
  );
}

/** The first MAX_CARDS incidents as cards, and a line for the rest. */
function cards(list: readonly Incident[], clock: LevelClock, replayFrom: ((tick: number) => void) | null): HTMLElement[] {
  const shown = list.slice(0, MAX_CARDS);
  const rest = list.length - shown.length;
  const more = rest > 0 ? h('p', { class: 'incidents-cut' }, `…and ${rest.toLocaleString('en-US')} more, from ${formatAt(clock, list[MAX_CARDS]!.startTick)} on, not listed: the charts and the replay cover them.`) : null;
  return [h('ol', { class: 'incidents' }, ...shown.map((i) => card(i, clock, replayFrom))), ...(more ? [more] : [])];
}

function stat(term: string, value: string, hint?: string): HTMLElement {
  return h('div', { class: 'stat' }, h('dt', {}, term, hint ? h('span', { class: 'stat-hint' }, hint) : null), h('dd', {}, value));
}

const OUTCOME: Record<Incident['outcome'], (i: Incident) => string> = {
  rodeThrough: () => '● Rode through: no bad minute',
  recovered: (i) => `▲ ${i.badMinutes} bad ${i.badMinutes === 1 ? 'minute' : 'minutes'}, recovered`,
  notRecovered: (i) => `✖ ${i.badMinutes} bad ${i.badMinutes === 1 ? 'minute' : 'minutes'}, not recovered by the end`,
};

function card(i: Incident, clock: LevelClock, replayFrom: ((tick: number) => void) | null): HTMLElement {
  const from = Math.max(0, i.startTick - 30);
  const phase = (label: string, m: Moment | null, missing: string, cls: string) =>
    h(
      'li',
      { class: `phase ${cls}`, 'data-missing': m ? 'no' : 'yes' },
      h('span', { class: 'phase-label' }, label),
      h('time', { class: 'phase-time' }, m ? formatAt(clock, m.tick) : '—'),
      m && m.tick > i.startTick ? h('span', { class: 'phase-offset' }, `+${formatDuration(m.tick - i.startTick)}`) : null,
      h('span', { class: 'phase-what' }, m ? m.what : missing),
    );
  const faultEnd = i.endTick > i.startTick ? ` (until ${formatAt(clock, i.endTick)})` : '';
  return h(
    'li',
    { class: 'incident', 'data-outcome': i.outcome },
    h(
      'div',
      { class: 'incident-head' },
      h('span', { class: 'incident-number', 'aria-hidden': 'true' }, String(i.number)),
      h('h4', {}, h('span', { class: 'visually-hidden' }, `Incident ${i.number}: `), i.title),
      h('span', { class: 'incident-outcome' }, OUTCOME[i.outcome](i)),
      replayFrom ? h('button', { class: 'small', 'data-control': 'replay-from', 'data-tick': from, onclick: () => replayFrom(from) }, `▶ Replay from ${formatAt(clock, from)}`) : null,
    ),
    h(
      'ol',
      { class: 'phases' },
      phase('Fault', { tick: i.startTick, what: `Started${faultEnd}` }, '', 'start'),
      phase('Detected', i.detected, 'No health check or alarm reacted in time', 'detected'),
      phase('Mitigated', i.mitigated, 'Nothing replaced or moved away from it', 'mitigated'),
      phase('Recovered', i.recovered, i.outcome === 'rodeThrough' ? 'Never went down' : 'Still failing when the run ended', 'recovered'),
    ),
    h(
      'p',
      { class: 'incident-metrics' },
      metric('MTTD', i.ttdSeconds === null ? '—' : formatDuration(i.ttdSeconds)),
      metric('MTTR', i.ttrSeconds === null ? '—' : formatDuration(i.ttrSeconds)),
      metric('RTO', i.rtoSeconds === null ? 'not recovered' : formatDuration(i.rtoSeconds)),
      metric('RPO', `${i.rpoSeconds} s`),
    ),
  );
}

const METRIC_TITLES: Record<string, string> = {
  MTTD: 'time to detect: fault to first reaction',
  MTTR: 'time to recover: detection to first good minute',
  RTO: 'recovery time: fault to first good minute',
  RPO: 'recovery point: seconds of writes lost',
};

function metric(name: string, value: string): HTMLElement {
  return h('span', { class: 'metric' }, h('abbr', { title: METRIC_TITLES[name] }, name), ' ', h('strong', {}, value));
}
