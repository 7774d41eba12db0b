/**
 * Keeps `el` (the board and the side column) ending at the bottom of the window: it writes how far
 * down the page `el` starts into the CSS variable --above, and the stylesheet sizes it as the
 * window's height minus that. What sits above it (the header, a HUD that wraps to a second row, an
 * alarm line) changes that height, so it is measured again whenever the page or the window
 * changes size. Returns the cleanup.
 */
export function fitToFold(el: HTMLElement): () => void {
  let above = '';
  const measure = () => {
    if (!el.isConnected) return;
    const next = `${Math.round(el.getBoundingClientRect().top + window.scrollY)}px`;
    if (next === above) return;
    above = next;
    el.style.setProperty('--above', next);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(document.documentElement);
  window.addEventListener('resize', measure);
  measure();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', measure);
  };
}
