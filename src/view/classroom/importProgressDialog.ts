import { h, setText } from '../dom/h';
import type { ImportProgress } from './importReplay';

export interface ImportProgressDialog {
  show(p: ImportProgress): void;
  close(): void;
}

/**
 * "Checking mine.replay.json": shown while an imported replay re-simulates (a long level takes
 * seconds), with Cancel (Esc too). The words are a live status, said once per stage; the bar carries
 * the percentage of the debrief's run, which a screen reader reads from the bar itself.
 */
export function importProgressDialog(file: string, onCancel: () => void): ImportProgressDialog {
  const line = h('p', { role: 'status', 'aria-live': 'polite' });
  const bar = h('progress', { max: '1', 'aria-label': `Checking ${file}` });
  const cancel = h('button', { 'data-control': 'cancel-import' }, 'Cancel');
  const dialog = h('dialog', { class: 'import-progress', 'aria-labelledby': 'import-progress-heading' }, h('h2', { id: 'import-progress-heading' }, `Checking ${file}`), line, bar, h('div', { class: 'actions' }, cancel));
  let open = true;
  const stop = () => {
    if (!open) return;
    open = false;
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener('click', () => {
    stop();
    onCancel();
  });
  // Esc on a modal dialog is its cancel event: the same as pressing Cancel.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    stop();
    onCancel();
  });
  document.body.append(dialog);
  dialog.showModal();
  cancel.focus();
  return {
    show(p) {
      if (p.stage === 'verifying') {
        setText(line, 'Re-simulating it to check it against what it says…');
        bar.removeAttribute('value');
      } else {
        setText(line, 'Verified. Re-simulating it once more for the debrief…');
        bar.value = p.fraction;
      }
    },
    close: stop,
  };
}
