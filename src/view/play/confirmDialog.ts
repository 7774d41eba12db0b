import { h } from '../dom/h';

/** A modal yes/no question for irreversible actions; Enter confirms, Esc cancels, focus returns after. */
export function confirmDialog(question: string): Promise<boolean> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const yes = h('button', { class: 'danger', value: 'yes' }, 'Yes, do it');
    const no = h('button', { value: 'no' }, 'Cancel');
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-q' }, h('p', { id: 'confirm-q' }, question), h('form', { method: 'dialog', class: 'actions' }, no, yes));
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      resolve(dialog.returnValue === 'yes');
      dialog.remove();
      previous?.focus();
    });
    dialog.showModal();
    no.focus();
  });
}
