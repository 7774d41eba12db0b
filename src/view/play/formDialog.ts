import type { Command } from '../../sim';
import type { Result } from '../../shared/result';
import { h } from '../dom/h';
import type { ActionForm, FormField, FormValues } from '../services/actionForm';

let nextId = 0;

/**
 * A modal form for an action that needs choices (creating an Auto Scaling group, scheduling a
 * change). Every field starts at a sensible default; as the player changes them, the line under
 * the fields says what the choices cost or, when the simulation would refuse them, why, and the
 * submit button waits until they are legal. Enter submits, Esc cancels, focus returns after.
 * Resolves to the command, or null when cancelled.
 */
export function formDialog(form: ActionForm, check: (command: Command) => Result<true>): Promise<Command | null> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const id = `form-${++nextId}`;
    const status = h('p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
    const submit = h('button', { type: 'submit', class: 'primary', value: 'submit' }, form.submit);
    const cancel = h('button', { type: 'button', value: 'cancel', onclick: () => dialog.close('cancel') }, 'Cancel');
    const inputs = form.fields.map((f) => fieldControl(f, id));
    const formEl = h('form', { method: 'dialog', class: 'action-form' }, ...inputs.map((i) => i.el), status, h('div', { class: 'actions' }, cancel, submit));
    const dialog = h(
      'dialog',
      { class: 'form-dialog', 'aria-labelledby': `${id}-title` },
      h('h2', { id: `${id}-title` }, form.title),
      form.intro ? h('p', { class: 'muted' }, form.intro) : null,
      formEl,
    );
    let command: Command | null = null;

    const refresh = () => {
      const values: Record<string, FormValues[string]> = {};
      let problem: string | null = null;
      for (const i of inputs) {
        const v = i.read();
        if (typeof v === 'string' && v.startsWith('!')) problem ??= v.slice(1);
        else values[i.name] = v;
      }
      if (!problem) {
        const built = form.build(values);
        const legal = check(built);
        if (legal.ok) {
          command = built;
          status.textContent = form.consequence?.(values) ?? '';
          status.dataset.state = 'ok';
          submit.disabled = false;
          return;
        }
        problem = legal.reason;
      }
      command = null;
      status.textContent = `Not yet: ${problem}.`;
      status.dataset.state = 'refused';
      submit.disabled = true;
    };
    formEl.addEventListener('input', refresh);
    formEl.addEventListener('change', refresh);
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'submit' ? command : null);
      dialog.remove();
      previous?.focus();
    });
    document.body.append(dialog);
    refresh();
    dialog.showModal();
    (dialog.querySelector<HTMLElement>('select, input') ?? submit).focus();
  });
}

/** A field's control, and how to read its value ('!' + a reason when what is typed is not a value). */
function fieldControl(f: FormField, formId: string): { name: string; el: HTMLElement; read(): FormValues[string] } {
  const hint = f.hint ? h('small', { class: 'muted' }, f.hint) : null;
  if (f.kind === 'choice') {
    const select = h('select', { name: f.name }, ...f.options.map((o) => h('option', { value: o.value, selected: o.value === f.value }, o.label)));
    return { name: f.name, el: h('label', {}, f.label, select, hint), read: () => select.value };
  }
  if (f.kind === 'multi') {
    const boxes = f.options.map((o) => h('input', { type: 'checkbox', name: f.name, value: o.value, checked: f.values.includes(o.value), id: `${formId}-${f.name}-${o.value}` }));
    const el = h('fieldset', {}, h('legend', {}, f.label), ...f.options.map((o, k) => h('label', { class: 'toggle', for: boxes[k]!.id }, boxes[k]!, o.label)), hint);
    return { name: f.name, el, read: () => f.options.filter((_o, k) => boxes[k]!.checked).map((o) => o.value) };
  }
  const input = h('input', { type: 'number', name: f.name, min: f.min, max: f.max, step: 1, value: f.value, inputmode: 'numeric' });
  const el = h('label', { class: f.unit ? 'number with-unit' : 'number' }, f.label, h('span', { class: 'number-field' }, input, f.unit ? h('span', { class: 'muted' }, f.unit) : null), hint);
  return {
    name: f.name,
    el,
    read() {
      const n = Number(input.value);
      if (input.value.trim() === '' || !Number.isInteger(n)) return `!${f.label.toLowerCase()} must be a whole number`;
      if (n < f.min || n > f.max) return `!${f.label.toLowerCase()} must be ${f.min}–${f.max}`;
      return n;
    },
  };
}
