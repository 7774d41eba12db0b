import type { InstanceState } from '../../../sim';

/** Instance states as a shape and a word, never colour alone: the same shapes as the board's tiles. */
const INSTANCE_STATE_WORDS: Readonly<Record<InstanceState, string>> = {
  pending: '◔ pending',
  running: '● running',
  rebooting: '↻ rebooting',
  stopping: '◑ stopping',
  stopped: '○ stopped',
  shuttingDown: '◌ shutting down',
  terminated: '✕ terminated',
};

/** "● running" */
export const instanceStateWord = (state: string): string => INSTANCE_STATE_WORDS[state as InstanceState] ?? state;

/** "shutting down": the word without its shape, for sentences. */
export const instanceStateName = (state: string): string => instanceStateWord(state).replace(/^\S+ /, '');
