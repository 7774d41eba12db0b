import { h } from '../dom/h';
import type { Screen } from './screen';

export function titleScreen(actions: { play(): void; settings(): void }, notices: readonly string[]): Screen {
  const play = h('button', { class: 'primary', onclick: actions.play }, 'Play', h('kbd', {}, 'Enter'));
  const el = h(
    'section',
    { class: 'screen title' },
    h('p', { class: 'tagline' }, 'Keep a service up on AWS while things fail: instances die, Availability Zones go dark, Regions fall over.'),
    ...notices.map((n) => h('p', { class: 'notice', role: 'alert' }, n)),
    h('div', { class: 'actions' }, play, h('button', { onclick: actions.settings }, 'Settings', h('kbd', {}, 'S'))),
  );
  return { el, focus: play };
}
