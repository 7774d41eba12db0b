import type { Settings } from '../../flow/settings';
import { h } from '../dom/h';

/** Settings as a modal dialog: effects and music volumes, mute, reduced motion, large text, pacing. */
export function settingsDialog(current: Settings, apply: (next: Settings) => void, onClose: () => void): HTMLDialogElement {
  let value = { ...current };
  const set = (patch: Partial<Settings>) => {
    value = { ...value, ...patch };
    apply(value);
  };
  const slider = (label: string, key: 'effectsVolume' | 'musicVolume') =>
    h('label', {}, label, h('input', { type: 'range', min: '0', max: '100', value: String(Math.round(value[key] * 100)), oninput: (e: Event) => set({ [key]: Number((e.target as HTMLInputElement).value) / 100 }) }));
  const toggle = (label: string, key: 'muted' | 'reducedMotion' | 'largeText' | 'pauseOnIncidents') =>
    h('label', { class: 'toggle' }, h('input', { type: 'checkbox', checked: value[key], onchange: (e: Event) => set({ [key]: (e.target as HTMLInputElement).checked }) }), label);
  const close = h('button', { value: 'close' }, 'Done');
  const dialog = h(
    'dialog',
    { class: 'settings', 'aria-labelledby': 'settings-heading' },
    h('h2', { id: 'settings-heading' }, 'Settings'),
    slider('Effects volume', 'effectsVolume'),
    slider('Music volume', 'musicVolume'),
    toggle('Mute all sound', 'muted'),
    toggle('Reduce motion', 'reducedMotion'),
    toggle('Large text', 'largeText'),
    toggle('Pause when a fault starts or an alarm fires (Space carries on)', 'pauseOnIncidents'),
    h('form', { method: 'dialog', class: 'actions' }, close),
  );
  dialog.addEventListener('close', () => {
    dialog.remove();
    onClose();
  });
  return dialog;
}
