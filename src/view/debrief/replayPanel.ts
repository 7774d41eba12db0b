import { type Score, allowedBadWindows, totalMicros } from '../../sim';
import { h, replaceChildren, setText } from '../dom/h';
import { formatAt, formatNowAndEnd, formatUsd, levelClock } from '../format';
import { describeEvent } from '../play/describeEvent';
import { createReplay, type ReplayRun, type ReplaySource } from './replayRun';

/** Most tick marks the scrubber shows. */
const MAX_MARKS = 300;

export interface ReplayPanelOptions {
  source: ReplaySource;
  /** The run's own result, to check the re-simulation against. */
  expected: Pick<Score, 'uptimePct' | 'costUsd'>;
  /** Ticks worth a mark on the scrubber (faults, detection, failover, recovery, commands). */
  marks: { tick: number; label: string }[];
  /** Called when the replay's moment changes (charts draw a "now" line); null when it is closed. */
  onTick(tick: number | null): void;
}

export interface ReplayPanel {
  el: HTMLElement;
  playButton: HTMLButtonElement;
  togglePlay(): void;
  /** Jumps to `tick` and plays from there. */
  playFrom(tick: number): void;
  update(): void;
  dispose(): void;
}

/** Simulated seconds per real second. */
const SPEEDS = [30, 60, 120, 300, 600, 1200, 1800, 3600] as const;
/** Real milliseconds one frame may spend re-simulating (scrubbing back replays from tick 0). */
const FRAME_BUDGET_MS = 12;

/**
 * "Watch replay", inside the debrief: a scrubbable timeline (range input + play/pause) over a fresh
 * re-simulation of the run from its level, seed and command log. Moving back re-simulates from
 * tick 0; nothing shown is read from the recording. The numbers are the HUD's, at that moment.
 */
export function createReplayPanel(opts: ReplayPanelOptions): ReplayPanel {
  const duration = opts.source.scenario.durationSeconds;
  const o = opts.source.scenario.objectives;
  const at = (tick: number) => formatAt(levelClock(opts.source.scenario), tick);
  const nowAndEnd = (tick: number) => formatNowAndEnd(levelClock(opts.source.scenario), tick, duration);
  let replay: ReplayRun | null = null;
  let target = 0;
  let playing = false;
  let lastFrame = 0;
  let shownTick = -1;
  let verified = false;
  const defaultSpeed = SPEEDS.reduce((best, s) => (Math.abs(s - duration / 60) < Math.abs(best - duration / 60) ? s : best), SPEEDS[0]);

  const playLabel = h('span', {}, 'Play');
  const playButton = h('button', { class: 'primary', 'data-control': 'replay-play', 'aria-describedby': 'replay-clock', onclick: () => togglePlay() }, h('span', { class: 'play-icon', 'aria-hidden': 'true' }, '▶'), playLabel, h('kbd', {}, 'P'));
  const restartButton = h('button', { 'data-control': 'replay-restart', onclick: () => scrubTo(0) }, '↺ From the start');
  const listId = 'replay-marks';
  const scrubber = h('input', {
    type: 'range',
    min: 0,
    max: duration,
    step: 1,
    value: 0,
    list: listId,
    class: 'replay-scrubber',
    'aria-label': 'Replay time',
    'aria-valuetext': `${at(0)} of ${at(duration)}`,
    oninput: () => scrubTo(Number(scrubber.value)),
  });
  // Tick marks on the scrubber: a few hundred at most (a run with thousands of incidents had 8,000,
  // which took 80 ms to build and drew as a solid bar).
  const marks = h('datalist', { id: listId }, ...opts.marks.slice(0, MAX_MARKS).map((m) => h('option', { value: m.tick, label: m.label })));
  const speed = h(
    'select',
    { 'data-control': 'replay-speed' },
    ...SPEEDS.map((s) => h('option', { value: s, selected: s === defaultSpeed }, s < 60 ? `${s} s per second` : `${s / 60} min per second`)),
  );
  const clock = h('output', { id: 'replay-clock', class: 'replay-clock' }, nowAndEnd(0));
  const status = h('p', { class: 'replay-status' }, `Re-simulates your run from the level, seed ${opts.source.seed} and your ${opts.source.log.length} ${opts.source.log.length === 1 ? 'command' : 'commands'}. Press Play, or drag the timeline.`);
  // Only the verdict is announced: the progress line changes every frame.
  const verdict = h('p', { class: 'replay-verdict', role: 'status' });
  const cells = {
    health: h('output', { class: 'health' }),
    uptime: h('output'),
    budget: h('output'),
    served: h('output'),
    traffic: h('output'),
    failed: h('output'),
    latency: h('output'),
    cost: h('output'),
  };
  const cell = (label: string, ...content: HTMLElement[]) => h('div', { class: 'hud-item' }, h('span', { class: 'hud-label' }, label), ...content);
  const recent = h('ol', { class: 'replay-events', 'aria-label': 'Latest events at this moment' });
  const readout = h(
    'div',
    { class: 'replay-readout' },
    h('div', { class: 'hud replay-hud', 'aria-label': 'Service status at this moment' }, cell('Health', cells.health), cell('Uptime so far', cells.uptime, cells.budget), cell('Requests', cells.served, cells.latency), cell('Traffic', cells.traffic, cells.failed), cell('Cost so far', cells.cost)),
    h('div', { class: 'replay-log' }, h('h4', {}, 'What was happening, latest first'), recent),
  );
  const el = h(
    'section',
    { class: 'replay', id: 'replay', 'aria-labelledby': 'replay-heading' },
    h('h3', { id: 'replay-heading' }, 'Watch replay'),
    h(
      'div',
      { class: 'replay-controls', role: 'group', 'aria-label': 'Replay controls' },
      playButton,
      restartButton,
      h('label', { class: 'replay-speed' }, 'Speed ', speed),
      clock,
    ),
    h('div', { class: 'replay-track' }, scrubber, marks),
    status,
    verdict,
    readout,
  );
  // Arrow keys move a minute, Page Up/Down ten: one second per key press would take all day.
  scrubber.addEventListener('keydown', (e) => {
    const delta = { ArrowLeft: -60, ArrowDown: -60, ArrowRight: 60, ArrowUp: 60, PageDown: -600, PageUp: 600 }[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    scrubTo(Math.round((replay?.tick ?? 0) + delta));
  });

  const ensure = (): ReplayRun => (replay ??= createReplay(opts.source));
  function scrubTo(tick: number): void {
    ensure();
    target = Math.max(0, Math.min(duration, tick));
    if (target < duration) {
      verified = false;
      setText(verdict, '');
    }
    lastFrame = performance.now();
    advance();
  }
  function togglePlay(): void {
    ensure();
    if (!playing && target >= duration) target = 0;
    playing = !playing;
    lastFrame = performance.now();
    renderControls();
  }
  function renderControls(): void {
    setText(status, statusText());
    setText(playLabel, playing ? 'Pause' : 'Play');
    setText(playButton.querySelector('.play-icon')!, playing ? '❚❚' : '▶');
    playButton.setAttribute('aria-pressed', String(playing));
  }
  function advance(): void {
    if (!replay) return;
    const start = performance.now();
    let done = replay.seek(target, 200);
    while (!done && performance.now() - start < FRAME_BUDGET_MS) done = replay.seek(target, 200);
    render();
    setText(status, done ? statusText() : `Re-simulating from the start… ${at(replay.tick)} of ${at(Math.floor(target))}`);
  }
  function render(): void {
    if (!replay || replay.tick === shownTick) return;
    shownTick = replay.tick;
    const s = replay.session;
    const w = s.world;
    const m = w.metrics;
    const sm = s.recorder.smooth;
    setText(clock, nowAndEnd(w.tick));
    if (document.activeElement !== scrubber || playing) scrubber.value = String(w.tick);
    scrubber.setAttribute('aria-valuetext', `${at(w.tick)} of ${at(duration)}`);
    const uptime = m.windows > 0 ? (m.goodWindows * 100) / m.windows : 100;
    const budgetLeft = allowedBadWindows(w) - (m.windows - m.goodWindows);
    setText(cells.uptime, `${uptime.toFixed(2)} % (target ${o.slaPct} %)`);
    setText(cells.budget, budgetLeft >= 0 ? `${budgetLeft} bad min left` : `SLA missed by ${-budgetLeft} min`);
    setText(cells.served, `${(m.requests > 0 ? (m.served * 100) / m.requests : 100).toFixed(2)} % served`);
    setText(cells.latency, `${Math.round(sm.latencyMs)} ms latency`);
    setText(cells.traffic, `${Math.round(sm.demandRps)} wanted / ${Math.round(sm.capacityRps)} capacity req/s`);
    setText(cells.failed, `${Math.round(sm.failedRps)} req/s failing`);
    const cost = totalMicros(w.ledger) / 1e6;
    setText(cells.cost, o.budgetUsd !== undefined ? `${formatUsd(cost)} of ${formatUsd(o.budgetUsd)}` : formatUsd(cost));
    const failing = sm.demandRps > 0 ? sm.failedRps / sm.demandRps : 0;
    const state = w.tick === 0 ? 'healthy' : failing > 0.5 ? 'down' : failing > 0.01 ? 'degraded' : sm.capacityRps > 0 && sm.demandRps / sm.capacityRps > 0.85 ? 'strained' : 'healthy';
    setText(cells.health, { healthy: '● Healthy', strained: '▲ Strained: near capacity', degraded: '◆ Degraded: requests failing', down: '✖ Down' }[state]);
    cells.health.dataset.state = state;
    const lines: string[] = [];
    const events = s.recorder.events;
    for (let i = events.length - 1; i >= 0 && lines.length < 5; i--) {
      const line = describeEvent(events[i]!, levelClock(opts.source.scenario));
      if (line) lines.push(line);
    }
    replaceChildren(recent, ...(lines.length > 0 ? lines.map((l) => h('li', {}, l)) : [h('li', { class: 'muted' }, 'Nothing yet.')]));
    opts.onTick(w.tick);
    if (replay.tick >= duration && !verified) {
      verified = true;
      const sc = s.score;
      const same = sc.uptimePct === opts.expected.uptimePct && sc.costUsd === opts.expected.costUsd && replay.refused === 0;
      setText(
        verdict,
        same
          ? `✔ Replay complete: re-simulated to ${sc.uptimePct.toFixed(3)} % uptime and ${formatUsd(sc.costUsd)}, exactly your run's result.`
          : `✖ The re-simulation ended at ${sc.uptimePct.toFixed(3)} % and ${formatUsd(sc.costUsd)}, not ${opts.expected.uptimePct.toFixed(3)} % and ${formatUsd(opts.expected.costUsd)}. Replays should be exact: please report this.`,
      );
      el.dataset.verified = same ? 'same' : 'different';
    }
  }
  function statusText(): string {
    if (!replay) return status.textContent ?? '';
    if (replay.tick >= duration) return `At the end: ${at(duration)}.`;
    const rate = Number(speed.value);
    return playing ? `Playing at ${rate < 60 ? `${rate} s` : `${rate / 60} min`} of the run per second.` : `Paused at ${at(replay.tick)}.`;
  }

  ensure();
  render();

  return {
    el,
    playButton,
    togglePlay,
    playFrom(tick) {
      scrubTo(tick);
      if (!playing) togglePlay();
    },
    update() {
      const now = performance.now();
      const dt = Math.min(250, now - (lastFrame || now));
      lastFrame = now;
      if (playing) {
        target = Math.min(duration, target + (Number(speed.value) * dt) / 1000);
        if (target >= duration && replay?.tick === duration) {
          playing = false;
          renderControls();
        }
      }
      if (replay && replay.tick !== Math.floor(target)) advance();
      else render();
    },
    dispose() {
      replay?.dispose();
      replay = null;
    },
  };
}
