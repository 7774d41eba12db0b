import { type ScenarioSpec } from '../../sim';
import { h } from '../dom/h';
import { formatDuration } from '../debrief/formatDuration';
import { formatAt, formatUsd, levelClock } from '../format';
import type { Screen } from './screen';

/** The situation, the goal, and every objective the run is judged on, before the clock starts. */
export function briefingScreen(
  s: ScenarioSpec,
  actions: { start(): void; back(): void; share: (() => Promise<{ ok: true; url: string } | { ok: false; reason: string }>) | null },
  extras: {
    /** A line about this run: "Seed 42, from the link." */
    note?: string | null;
    /** Classroom: play side by side with the level's par solution. */
    sideBySide?: (() => void) | null;
  } = {},
): Screen {
  const shareOut = h('output', { class: 'share-link', 'aria-live': 'polite' });
  const shareButton = actions.share
    ? h('button', { 'data-control': 'share', onclick: async () => {
        const link = await actions.share!();
        if (!link.ok) {
          shareOut.textContent = `No link: ${link.reason}.`;
          return;
        }
        shareOut.replaceChildren(h('label', {}, 'Link to this level ', h('input', { readonly: true, value: link.url, size: '40', onfocus: (e: Event) => (e.target as HTMLInputElement).select() })));
        await navigator.clipboard?.writeText(link.url).then(() => shareOut.append(' (copied)'), () => undefined);
      } }, 'Share as a link')
    : null;
  const o = s.objectives;
  const clock = levelClock(s);
  // With a time of day the briefing's times ("the rush from 07:30") can be read against the clock.
  const span = clock.startOfDaySeconds === null ? '' : `, from ${formatAt(clock, 0, { seconds: false })} to ${formatAt(clock, s.durationSeconds, { seconds: false })}`;
  const objectives = [
    `Uptime at least ${o.slaPct} % of one-minute windows (a minute is down when more than ${o.badMinuteFailedPct ?? 1} % of requests fail or are too slow)`,
    o.budgetUsd !== undefined ? `Spend at most ${formatUsd(o.budgetUsd)} (★★)` : null,
    s.par?.costUsd !== undefined ? `Par: ${formatUsd(s.par.costUsd)} or less for ★★★` : null,
    o.rpoSeconds !== undefined ? `Lose at most ${o.rpoSeconds} s of writes (RPO)` : null,
    o.rtoSeconds !== undefined ? `No interruption longer than ${Math.round(o.rtoSeconds / 60)} min (RTO)` : null,
    `Lasts ${formatDuration(s.durationSeconds)} of simulated time${span}`,
  ].filter((x): x is string => x !== null);
  const start = h('button', { class: 'primary', onclick: actions.start }, 'Start', h('kbd', {}, 'Enter'));
  const sideBySide = extras.sideBySide ? h('button', { 'data-control': 'side-by-side', onclick: extras.sideBySide }, 'Side by side with par') : null;
  const el = h(
    'section',
    { class: 'screen briefing', 'aria-labelledby': 'briefing-heading' },
    h('h2', { id: 'briefing-heading' }, s.title),
    s.teaches ? h('p', { class: 'teaches' }, s.teaches) : null,
    extras.note ? h('p', { class: 'run-note notice' }, extras.note) : null,
    ...(s.briefing ?? '').split(/\n\n+/).map((p) => h('p', {}, p)),
    h('h3', {}, 'Objectives'),
    h('ul', { class: 'objectives' }, ...objectives.map((t) => h('li', {}, t))),
    h('div', { class: 'actions' }, start, sideBySide, shareButton, h('button', { onclick: actions.back }, 'Back', h('kbd', {}, 'Esc'))),
    shareOut,
  );
  return { el, focus: start };
}
