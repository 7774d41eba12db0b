import { idleBoard, type Board, type BoardOptions } from './boardApi';

export type MountBoard = (options: BoardOptions) => Board;

/** A board that draws nothing: used when the renderer cannot start (the estate list still works). */
export const nullBoard: MountBoard = ({ container }) => {
  container.textContent = 'The board could not start here; use the estate list.';
  return idleBoard();
};

/** Loads the board renderer (its own chunk, with Phaser, so the first load stays small). */
export async function loadBoard(): Promise<MountBoard> {
  try {
    const { phaserBoard } = await import('./phaserBoard');
    return phaserBoard;
  } catch {
    return nullBoard;
  }
}
