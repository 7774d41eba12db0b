import type { SoundBoard } from './soundBoard';

/**
 * Starts the music at the first pointer press or key press on `target` (browsers only let audio
 * start from a gesture, and music that ambushes a player who has not touched anything is rude).
 * Returns a function that disarms it and stops the music: call it when leaving the play screen.
 * pointerdown/keydown rather than click, so the click that opened the screen does not count;
 * capture, so a handler that stops propagation cannot hide the gesture.
 */
export function startMusicOnGesture(board: SoundBoard, target: EventTarget): () => void {
  // An AbortSignal removes the listeners: it also works where removeEventListener ignores `capture` (Node).
  const armed = new AbortController();
  const onGesture = () => {
    armed.abort();
    board.startMusic();
  };
  for (const type of ['pointerdown', 'keydown']) target.addEventListener(type, onGesture, { capture: true, signal: armed.signal });
  return () => {
    armed.abort();
    board.stopMusic();
  };
}
