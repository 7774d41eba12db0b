import type { Ran } from '../../replays/verifyRequest';
import { h } from '../dom/h';
import { formatAt, type LevelClock } from '../format';
import { compareRuns, composeLesson, type LessonRun } from './composeLesson';
import { buildIncidentTimeline, type IncidentTimeline } from './incidentTimeline';

/**
 * "What your run showed": the lesson composed from this run's incidents, then what the level's
 * reference run did on the same seed, measured off the page's thread (`reference` runs it; null for
 * a level without one). The comparison line is polite-live: it replaces "Measuring…" when ready.
 */
export function runLesson(own: { uptimePct: number; costUsd: number; timeline: IncidentTimeline }, clock: LevelClock, reference: (() => Promise<Ran>) | null, durationSeconds: number): { el: HTMLElement; done: Promise<void> } {
  const at = (tick: number) => formatAt(clock, tick);
  const lesson = composeLesson(own, null, at);
  const compare = h('p', { class: 'lesson-compare', 'aria-live': 'polite' }, reference ? "Measuring the level's reference run on this seed…" : '');
  const el = h(
    'div',
    { class: 'run-lesson' },
    h('h4', {}, 'What your run showed'),
    h('ul', { class: 'lesson-happened' }, ...lesson.happened.map((line) => h('li', {}, line))),
    ...lesson.meaning.map((p) => h('p', { class: 'lesson-meaning' }, p)),
    reference ? compare : null,
  );
  const done = reference
    ? reference().then(
        (ran) => {
          const ref: LessonRun = { uptimePct: ran.result.uptimePct, costUsd: ran.result.costUsd, timeline: buildIncidentTimeline(ran.events, { durationSeconds }) };
          compare.textContent = compareRuns(own, ref);
        },
        (err: unknown) => {
          compare.textContent = `The reference run could not be measured (${err instanceof Error ? err.message : String(err)}).`;
        },
      )
    : Promise.resolve();
  return { el, done };
}
