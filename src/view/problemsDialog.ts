import { h } from './dom/h';

/**
 * A modal list of problems (a level that cannot be played, a replay that does not verify): every
 * line readable and selectable, closed with Enter or Esc, changing nothing else.
 */
export function showProblemsDialog(heading: string, intro: string, lines: readonly string[]): void {
  const close = h('button', { value: 'close', class: 'primary' }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'problems-dialog', 'aria-labelledby': 'problems-heading' },
    h('h2', { id: 'problems-heading' }, heading),
    h('p', {}, intro),
    h('ul', { class: 'problems' }, ...lines.map((l) => h('li', {}, l))),
    h('form', { method: 'dialog', class: 'actions' }, close),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}
