import type { GameSession } from '../../runtime/session';
import type { ScriptedCommand, SimEvent } from '../../sim';
import { createVerifier, type Verifier } from '../../replays/verifier';
import { RECORDER_MAX_EVENTS } from '../../runtime/recorder';
import { h } from '../dom/h';
import { formatAt, levelClock, type LevelClock } from '../format';
import { causesList } from './causesList';
import { chartSummaries } from './chartSummaries';
import { CHART_IDS, mountCharts, type ChartId, type ChartsHandle } from './debriefCharts';
import { faultMarkers } from './faultMarkers';
import { incidentList } from './incidentList';
import { buildIncidentTimeline } from './incidentTimeline';
import { ledgerTable } from './ledgerTable';
import { createReplayPanel, type ReplayPanel } from './replayPanel';
import { commandTicks } from './replaySchedule';
import { runLesson } from './runLesson';
import { scoreCards } from './scoreCards';
import './debriefBody.css';

/** The simulation's default latency SLO (routeTraffic), for levels that do not set one. */
const DEFAULT_LATENCY_SLO_MS = 500;

const CHART_TITLES: Record<ChartId, string> = {
  traffic: 'Demand, capacity and served (req/s)',
  failures: 'Failed or too-slow requests (req/s), bad minutes hatched',
  latency: 'Latency (ms) against the SLO',
  uptime: 'Uptime so far (%) against the SLA target',
  cost: 'Cost so far ($) against the budget',
};

export interface DebriefBody {
  /** The score cards, for the top of the screen. */
  cards: HTMLElement;
  /** "What your run showed", for the top of the lesson. */
  lesson: HTMLElement;
  /** Incident timeline, charts, causes and ledger, replay: below the lesson. */
  sections: HTMLElement[];
  replay: ReplayPanel;
  /** Scrolls to the replay and plays it from `tick`. */
  watchFrom(tick: number): void;
  update(): void;
  dispose(): void;
}

/**
 * The debrief's detail, loaded after the screen appears (it is only ever needed once a level ends,
 * so it stays out of the first-load chunk): score cards per axis, the incident timeline, the
 * charts with their text summaries (uPlot itself loads later still), the top causes of failed
 * requests, the ledger and the replay. `parScript` is the level's reference solution, run on the
 * same seed (in a worker) to say what the missing protection would have changed; null for none.
 */
export function debriefBody(session: GameSession, parScript: readonly ScriptedCommand[] | null = null): DebriefBody {
  const s = session.score;
  const sc = session.scenario;
  const o = sc.objectives;
  const duration = sc.durationSeconds;
  const clock = levelClock(sc);
  const events: readonly SimEvent[] = session.recorder.events;
  const dropped = session.recorder.eventsDropped();
  const timeline = buildIncidentTimeline(events, { durationSeconds: duration });
  const markers = faultMarkers(events, duration);
  const minutes = session.recorder.minutes;
  const latencySloMs = sc.traffic.latencySloMs ?? DEFAULT_LATENCY_SLO_MS;
  const summaries = chartSummaries(minutes, markers, { slaPct: o.slaPct, budgetUsd: o.budgetUsd, parCostUsd: sc.par?.costUsd, latencySloMs, durationSeconds: duration, clock });

  let charts: ChartsHandle | null = null;
  let disposed = false;
  let verifier: Verifier | null = null;
  const lesson = runLesson(
    { uptimePct: s.uptimePct, costUsd: s.costUsd, timeline },
    clock,
    parScript ? () => (verifier ??= createVerifier()).run({ kind: 'run', scenario: sc, seed: session.seed, script: [...parScript] }) : null,
    duration,
  );
  const replay = createReplayPanel({
    source: { scenario: sc, seed: session.seed, log: [...session.log] },
    expected: s,
    marks: [
      ...markers.map((m) => ({ tick: m.startTick, label: m.label })),
      // Each incident's detection, failover/mitigation and recovery, so the scrubber can jump to them.
      ...timeline.incidents.flatMap((i) =>
        [
          i.detected && { tick: i.detected.tick, label: `detected: ${i.title}` },
          i.mitigated && { tick: i.mitigated.tick, label: `failover/mitigation: ${i.title}` },
          i.recovered && { tick: i.recovered.tick, label: `recovered: ${i.title}` },
        ].filter((m): m is { tick: number; label: string } => !!m),
      ),
      ...commandTicks(session.log).map((t) => ({ tick: t, label: 'your command' })),
    ],
    onTick: (tick) => charts?.setReplayTick(tick),
  });
  const watchFrom = (tick: number) => {
    replay.el.scrollIntoView({ block: 'start', behavior: document.documentElement.classList.contains('reduced-motion') ? 'auto' : 'smooth' });
    replay.playFrom(tick);
    replay.playButton.focus({ preventScroll: true });
  };

  const slot = (id: ChartId) => h('div', { class: 'chart-slot', 'data-chart': id }, h('p', { class: 'chart-loading' }, 'Loading chart…'));
  const slots: Record<ChartId, HTMLElement> = { traffic: slot('traffic'), failures: slot('failures'), latency: slot('latency'), uptime: slot('uptime'), cost: slot('cost') };
  const figure = (id: ChartId) =>
    h(
      'figure',
      { class: `chart${id === 'traffic' ? ' wide' : ''}`, 'data-chart': id, role: 'group', 'aria-labelledby': `chart-${id}-title`, 'aria-describedby': `chart-${id}-summary` },
      h('figcaption', {}, h('span', { class: 'chart-title', id: `chart-${id}-title` }, CHART_TITLES[id]), h('span', { class: 'chart-summary', id: `chart-${id}-summary` }, summaries[id])),
      slots[id],
    );

  const sections = [
    h('section', { class: 'debrief-block', 'aria-labelledby': 'incidents-heading' }, h('h3', { id: 'incidents-heading' }, 'Incident timeline'), droppedNote(dropped, session.recorder.eventsKeptThroughTick(), clock), incidentList(timeline, clock, watchFrom)),
    h(
      'section',
      { class: 'debrief-block', 'aria-labelledby': 'charts-heading' },
      h('h3', { id: 'charts-heading' }, 'Minute by minute'),
      h('p', { class: 'chart-legend-note' }, markers.length > 0 ? h('span', { class: 'fault-swatch', 'aria-hidden': 'true' }) : null, summaries.faults),
      h('div', { class: 'charts' }, ...CHART_IDS.map(figure)),
    ),
    h(
      'div',
      { class: 'debrief-columns' },
      h('section', { class: 'debrief-block', 'aria-labelledby': 'causes-heading' }, h('h3', { id: 'causes-heading' }, 'Top causes of failed requests'), causesList(session.world.metrics.failedByCause)),
      h('section', { class: 'debrief-block', 'aria-labelledby': 'ledger-heading' }, h('h3', { id: 'ledger-heading' }, 'Where the money went'), ledgerTable(s.ledgerUsd)),
    ),
    replay.el,
  ];

  // mountCharts awaits uPlot before it measures the slots, so the caller has placed them by then.
  void mountCharts(slots, { minutes, markers, durationSeconds: duration, slaPct: o.slaPct, parUptimePct: sc.par?.uptimePct, budgetUsd: o.budgetUsd, parCostUsd: sc.par?.costUsd, latencySloMs, clock }).then(
    (handle) => {
      if (disposed) handle.dispose();
      else charts = handle;
    },
    () => {
      for (const el of Object.values(slots)) el.replaceChildren(h('p', { class: 'chart-loading' }, 'The chart could not load; the summary above says what it shows.'));
    },
  );

  return {
    cards: scoreCards(s, sc),
    lesson: lesson.el,
    sections,
    replay,
    watchFrom,
    update: () => replay.update(),
    dispose: () => {
      disposed = true;
      verifier?.cancel();
      replay.dispose();
      charts?.dispose();
    },
  };
}

/** Says what the timeline and the fault marks leave out when the run had more events than the debrief keeps. */
function droppedNote(dropped: number, keptThroughTick: number, clock: LevelClock): HTMLElement | null {
  if (dropped === 0) return null;
  return h(
    'p',
    { class: 'timeline-cut' },
    `This run had more events than the debrief keeps: the timeline and the fault marks show the first ${RECORDER_MAX_EVENTS.toLocaleString('en-US')}, up to ${formatAt(clock, keptThroughTick)}; ${dropped.toLocaleString('en-US')} later events are not shown. The charts, scores and the replay cover the whole run.`,
  );
}
