import { h } from '../dom/h';
import type { Screen } from './screen';

export interface TitleActions {
  play(): void;
  settings(): void;
  /** The presenter view (classroom mode): shown pressed when on. */
  classroom?: { on: boolean; toggle(): void };
  /** The teacher's screen for checking a class's result codes. */
  classResults?: () => void;
  /** A replay file chosen to watch. */
  importReplay?: (file: File) => void;
}

export function titleScreen(actions: TitleActions, notices: readonly string[]): Screen {
  const play = h('button', { class: 'primary', onclick: actions.play }, 'Play', h('kbd', {}, 'Enter'));
  const classroom = actions.classroom;
  const replayPicker = actions.importReplay ? replayFileInput('title-replay-file', actions.importReplay) : null;
  const el = h(
    'section',
    { class: 'screen title' },
    h('p', { class: 'tagline' }, 'Keep a service up on AWS while things fail: instances die, Availability Zones go dark, Regions fall over.'),
    ...notices.map((n) => h('p', { class: 'notice', role: 'alert' }, n)),
    h('div', { class: 'actions' }, play, h('button', { onclick: actions.settings }, 'Settings', h('kbd', {}, 'S'))),
    classroom || actions.classResults || replayPicker
      ? h(
          'section',
          { class: 'teacher-menu', 'aria-labelledby': 'teacher-menu-heading' },
          h('h2', { id: 'teacher-menu-heading' }, 'Teaching with it'),
          h(
            'div',
            { class: 'actions' },
            classroom ? h('button', { 'data-control': 'classroom-mode', 'aria-pressed': String(classroom.on), onclick: classroom.toggle }, 'Classroom mode') : null,
            actions.classResults ? h('button', { 'data-control': 'class-results', onclick: actions.classResults }, 'Teacher: check class results') : null,
            replayPicker ? replayPicker.button : null,
            replayPicker ? replayPicker.input : null,
          ),
          classroom ? h('p', { class: 'muted' }, 'Classroom mode is a presenter view for a projector: large type, high contrast, a short HUD, a legend of keys, Shift+letter keys to inject faults, and a "what will happen?" stop before each scheduled fault.') : null,
        )
      : null,
  );
  return { el, focus: play };
}

/** "Import replay…": a button and the hidden file input it opens (the input is what tests fill). */
export function replayFileInput(id: string, onFile: (file: File) => void): { button: HTMLButtonElement; input: HTMLInputElement } {
  const input = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    id,
    'aria-label': 'Replay file',
    tabindex: '-1',
    onchange: () => {
      const file = input.files?.[0];
      if (file) onFile(file);
      input.value = '';
    },
  });
  const button = h('button', { 'data-control': 'import-replay', onclick: () => input.click() }, 'Import replay…');
  return { button, input };
}
