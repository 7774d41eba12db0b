/** A mounted screen: its root element, an optional per-frame update, and cleanup. */
export interface Screen {
  el: HTMLElement;
  /** Focused when the screen appears (keyboard players land on the main action). */
  focus?: HTMLElement | null;
  update?(): void;
  dispose?(): void;
}
