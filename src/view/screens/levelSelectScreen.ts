import type { CatalogEntry } from '../../flow/catalog';
import type { Progress } from '../../flow/progress';
import { h } from '../dom/h';
import { starsText } from '../stars';
import type { Screen } from './screen';
import { replayFileInput } from './titleScreen';

/** The campaign as a list: number, title, what it teaches, stars earned (as text, not colour alone). */
export function levelSelectScreen(
  campaign: readonly CatalogEntry[],
  sandbox: CatalogEntry | null,
  progress: Progress,
  actions: {
    select(id: string): void;
    back(): void;
    openFile(file: File): void;
    /** Today's level with today's seed: "Daily challenge: 4. The spare tyre". */
    daily?: { title: string; start(): void } | null;
    importReplay?: (file: File) => void;
  },
): Screen {
  const picker = h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', id: 'level-file', 'aria-label': 'Level file', tabindex: '-1', onchange: (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) actions.openFile(file);
  } });
  const items = campaign.map((entry, i) => {
    const s = entry.scenario;
    const stars = progress.levels[s.id]?.stars ?? 0;
    return h(
      'li',
      {},
      h(
        'button',
        { class: 'level', 'data-level': s.id, 'data-stars': String(stars), onclick: () => actions.select(s.id) },
        h('span', { class: 'level-number' }, String(i + 1).padStart(2, '0')),
        h('span', { class: 'level-title' }, s.title),
        h('span', { class: 'stars' }, h('span', { 'aria-hidden': 'true' }, '★'.repeat(stars) + '☆'.repeat(3 - stars)), h('span', { class: 'visually-hidden' }, starsText(stars))),
        h('span', { class: 'teaches' }, s.teaches ?? ''),
      ),
    );
  });
  const list = h('ol', { class: 'levels' }, ...items);
  const sandboxButton = sandbox
    ? h('button', { class: 'level sandbox', 'data-level': sandbox.scenario.id, onclick: () => actions.select(sandbox.scenario.id) }, 'Sandbox lab: ', sandbox.scenario.title)
    : null;
  const daily = actions.daily
    ? h('button', { class: 'level daily', 'data-control': 'daily', onclick: actions.daily.start }, h('span', { class: 'level-title' }, 'Daily challenge: ', actions.daily.title), h('span', { class: 'teaches' }, 'Today’s level and seed, the same for everyone today.'))
    : null;
  const replay = actions.importReplay ? replayFileInput('replay-file', actions.importReplay) : null;
  const el = h(
    'section',
    { class: 'screen level-select', 'aria-labelledby': 'levels-heading' },
    h('h2', { id: 'levels-heading' }, 'Campaign'),
    list,
    sandboxButton,
    daily,
    h('h2', {}, 'Your own levels'),
    h('p', { class: 'muted' }, 'Open a level file, drop one anywhere on this page, or open a level link.'),
    h('div', { class: 'actions' }, picker, h('button', { 'data-control': 'open-file', onclick: () => picker.click() }, 'Open a level file…', h('kbd', {}, 'O')), replay?.button, replay?.input, h('button', { onclick: actions.back }, 'Back', h('kbd', {}, 'Esc'))),
  );
  return { el, focus: list.querySelector('button') };
}
