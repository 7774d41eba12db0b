import type { Cue } from '../presentation/cues';

/**
 * The files the cues live in. scripts/genSounds.ts writes one WAV per cue plus the music loop into
 * assets/audio/ (Vite's publicDir), so they are served at ./audio/<file>. The cue names are shared
 * with the view (src/presentation/cues.ts); the audio loads every one of them.
 */
export { CUES, type Cue } from '../presentation/cues';

/** File names are kebab-case: `uiClick` → `ui-click.wav`. */
export function cueFile(cue: Cue): string {
  return `${cue.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.wav`;
}

export const MUSIC_FILE = 'ambient-loop.wav';

/** Relative, so the build works from any folder (vite `base: './'`). */
export const AUDIO_BASE_URL = './audio/';
