import type { GameSession } from '../../runtime/session';
import type { Selection } from '../services/selection';

/** What the play screen needs from the board, whatever draws it. */
export interface Board {
  /** Redraw from the session's World (called every animation frame). */
  update(): void;
  /** The selection changed elsewhere (estate list, keyboard). */
  select(sel: Selection | null): void;
  dispose(): void;
  /** What the board draws right now, by kind (the benchmark's bare scene draws the same). */
  drawn(): DrawnObjects;
}

/** Visible display objects by kind. Bobs are counted one by one, as each is a quad drawn. */
export interface DrawnObjects {
  /** Bobs that stay put between changes (instance tiles, bars, badges). */
  staticBobs: number;
  /** Bobs that move every frame (request particles). */
  movingBobs: number;
  texts: number;
  /** BitmapTexts (live numbers), each a quad per character. */
  bitmapTexts: number;
  /** Images: the cached textures the chrome, flows, status and their labels are drawn through. */
  images: number;
  /** Graphics with something to draw, re-tessellated every frame. */
  graphics: number;
}

/** A rectangle in CSS px from the board element's top-left. */
export interface ScreenRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BoardOptions {
  container: HTMLElement;
  session: GameSession;
  /** Something was tapped or clicked on the board; `at` is where it shows (to open its actions beside it). */
  onSelect(sel: Selection, at?: ScreenRect): void;
  reducedMotion: boolean;
  /** The presenter view (classroom mode): the board and its labels are drawn bigger (see boardScale). */
  presenter?: boolean;
}

const NOTHING_DRAWN: Readonly<DrawnObjects> = { staticBobs: 0, movingBobs: 0, texts: 0, bitmapTexts: 0, images: 0, graphics: 0 };

/** A board that draws nothing (side-by-side play, or no renderer). */
export const idleBoard = (): Board => ({ update() {}, select() {}, dispose() {}, drawn: () => ({ ...NOTHING_DRAWN }) });
