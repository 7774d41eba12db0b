import type { AppPort } from './appPort';

/**
 * Global keys for the menu screens (the play and debrief screens add their own): Esc goes back,
 * Enter leaves the title, S opens the settings, O opens a level file. Ignored while a dialog is
 * open or a modifier is held, so browser shortcuts and dialogs keep their keys.
 */
export function installMenuKeys(flow: AppPort['flow']): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (document.querySelector('dialog[open]') || e.ctrlKey || e.metaKey || e.altKey) return;
    const state = flow.state();
    const typing = e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLInputElement;
    const back = state === 'levelSelect' || state === 'briefing' || state === 'debrief' || state === 'replay' || (state === 'classResults' && !typing);
    if (e.key === 'Escape' && back) flow.send({ type: 'MENU' });
    else if (e.key === 'Enter' && state === 'title' && !(e.target instanceof HTMLButtonElement)) flow.send({ type: 'CONTINUE' });
    else if ((e.key === 's' || e.key === 'S') && (state === 'title' || state === 'levelSelect')) flow.send({ type: 'OPEN_SETTINGS' });
    else if ((e.key === 'o' || e.key === 'O') && state === 'levelSelect') document.querySelector<HTMLInputElement>('#level-file')?.click();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
