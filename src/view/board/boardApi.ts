import type { GameSession } from '../../runtime/session';
import type { Selection } from '../play/actionsFor';

/** What the play screen needs from the board, whatever draws it. */
export interface Board {
  /** Redraw from the session's World (called every animation frame). */
  update(): void;
  /** The selection changed elsewhere (estate list, keyboard). */
  select(sel: Selection | null): void;
  dispose(): void;
}

export interface BoardOptions {
  container: HTMLElement;
  session: GameSession;
  onSelect(sel: Selection): void;
  reducedMotion: boolean;
}
