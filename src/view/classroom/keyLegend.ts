import { h } from '../dom/h';
import { FAULT_HOTKEYS } from './faultHotkeys';

/**
 * The visible legend of keys for the presenter view: the clock, the selection, and every teacher
 * fault key with what it acts on. The class can see what the teacher pressed.
 */
export function keyLegend(options: { faults: boolean; predictions: boolean }): HTMLElement {
  const row = (keys: string[], text: string) => h('li', {}, h('span', { class: 'legend-keys' }, ...keys.flatMap((k, i) => [i > 0 ? ' ' : '', h('kbd', {}, k)])), h('span', { class: 'legend-text' }, text));
  const clock = [
    row(['Space'], options.predictions ? 'Pause / resume · Reveal' : 'Pause / resume'),
    row(['.'], 'Step 1 s'),
    row(['[', ']'], 'Slower / faster'),
    row(['Esc'], 'Clear selection'),
  ];
  const faults = options.faults ? FAULT_HOTKEYS.map((k) => row([`Shift+${k.key}`], `${k.label} (${k.legend})`)) : [];
  return h(
    'section',
    { class: 'key-legend', 'aria-labelledby': 'key-legend-heading' },
    h('h2', { id: 'key-legend-heading' }, 'Keys'),
    h('ul', { class: 'legend-list' }, ...clock),
    faults.length > 0 ? h('h3', {}, 'Teacher: inject a fault') : null,
    faults.length > 0 ? h('ul', { class: 'legend-list legend-faults' }, ...faults) : null,
  );
}
