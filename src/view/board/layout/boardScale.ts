/**
 * The smallest label the board writes (subnet names, rates, captions), in board units. The labels'
 * pools in scene/boardObjects.ts are made from these sizes, so the scale below is measured against
 * the real smallest one.
 */
export const SMALLEST_LABEL = 10;

/**
 * On a projector the back row reads the board's labels as well as the page's body text (20 px and
 * up in the presenter view), so the smallest board label is drawn at least this big there.
 */
export const PRESENTER_LABEL_PX = 20;

/**
 * Below this many board units across or down, the estate no longer fits readably (AZ names are cut,
 * tiles shrink to dots): the presenter's bigger labels give way before the board gets that cramped.
 */
const MIN_BOARD = { width: 560, height: 300 };

export interface BoardRoom {
  /** The presenter view (classroom mode). */
  presenter: boolean;
  /** The board's size on the page, CSS px. */
  width: number;
  height: number;
}

/**
 * CSS px per board unit at zoom 1: how big the whole board is drawn, so its labels scale with it.
 * Plain play draws the board 1:1 (a laptop or phone shows as much estate as fits); the presenter
 * view draws it up to twice as big, so the smallest label reaches PRESENTER_LABEL_PX — as far as the
 * board's room allows (a small window or a half-width side-by-side board keeps MIN_BOARD units).
 */
export function boardScale(room: BoardRoom): number {
  const wanted = room.presenter ? PRESENTER_LABEL_PX / SMALLEST_LABEL : 1;
  const fits = Math.min(room.width / MIN_BOARD.width, room.height / MIN_BOARD.height);
  return Math.max(1, Math.min(wanted, fits));
}
