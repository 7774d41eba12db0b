/**
 * The sounds the game can play and the files they live in. scripts/genSounds.ts writes one WAV per
 * cue plus the music loop into assets/audio/ (Vite's publicDir), so they are served at ./audio/<file>.
 */
export const CUES = ['launch', 'terminate', 'alarm', 'outage', 'recovery', 'win', 'lose', 'uiClick', 'uiError'] as const;
export type Cue = (typeof CUES)[number];

/** File names are kebab-case: `uiClick` → `ui-click.wav`. */
export function cueFile(cue: Cue): string {
  return `${cue.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.wav`;
}

export const MUSIC_FILE = 'ambient-loop.wav';

/** Relative, so the build works from any folder (vite `base: './'`). */
export const AUDIO_BASE_URL = './audio/';
