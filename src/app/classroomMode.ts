import type { Mode } from '../flow/deepLink';

export interface ClassroomMode {
  readonly mode: Mode;
  /** Classroom (the presenter view) on or off; off is plain play. */
  toggle(): Mode;
}

/**
 * play, classroom (the presenter view) or sandbox (the teacher's fault keys without the presenter
 * view), starting from the link's ?mode=. Toggling keeps the choice in the address, so a reload or
 * a bookmark stays in the presenter view.
 */
export function createClassroomMode(initial: Mode): ClassroomMode {
  let mode = initial;
  return {
    get mode() {
      return mode;
    },
    toggle() {
      mode = mode === 'classroom' ? 'play' : 'classroom';
      const url = new URL(window.location.href);
      if (mode === 'classroom') url.searchParams.set('mode', 'classroom');
      else url.searchParams.delete('mode');
      window.history.replaceState(window.history.state, '', url);
      return mode;
    },
  };
}
