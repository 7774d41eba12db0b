import { h } from '../dom/h';

/** A screen people touch: no hover, a finger for a pointer (keyboard hints mean nothing there). */
export const TOUCH_SCREEN = '(hover: none) and (pointer: coarse)';

/**
 * On a touch screen the selection's actions open right below what was tapped (a tile on the board,
 * a row of the estate list), over the page, instead of far down in the side column: `panel` (the
 * context panel) is placed under `target` (within its positioned ancestor, the play screen) and scrolled into view, with a Close
 * button. Elsewhere, or with no target (a keyboard selection, nothing selected), it stays in its
 * place in the page. Its place in the document, and so the reading order, never changes.
 */
export function actionsBeside(panel: HTMLElement, onClose: () => void): { place(target: DOMRect | null): void } {
  const close = h('button', { type: 'button', class: 'context-close', onclick: () => onClose() }, 'Close');
  close.hidden = true;
  panel.prepend(close);
  const touch = matchMedia(TOUCH_SCREEN);
  return {
    place(target) {
      const anchored = touch.matches && target !== null;
      // Measured before the panel leaves the flow: that can shorten the page and move what is on it.
      const host = panel.offsetParent ?? document.body;
      const top = anchored ? Math.round(target.bottom - host.getBoundingClientRect().top + 6) : 0;
      panel.classList.toggle('anchored', anchored);
      close.hidden = !anchored;
      if (!anchored) {
        panel.style.removeProperty('top');
        return;
      }
      panel.style.top = `${top}px`;
      panel.scrollIntoView({ block: 'nearest' });
    },
  };
}
