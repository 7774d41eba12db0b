import { createSoundBoard, type SoundBoard, type SoundSettings } from '../audio/soundBoard';
import { startMusicOnGesture } from '../audio/startMusicOnGesture';
import type { FlowState } from '../flow/gameFlowMachine';
import { EVENT_CUES } from '../view/services/registry';

export interface AppAudio {
  readonly sound: SoundBoard;
  /** Music belongs to the play screen: armed on entering it (it starts at the first gesture there), stopped on leaving. */
  followFlow(state: FlowState): void;
}

export interface AppAudioOptions {
  settings: SoundSettings;
  /** false in test mode: nothing loads or plays, even if a test unmutes in the settings dialog. */
  enabled: boolean;
  /** Where button presses are heard (the app's root element). */
  root: HTMLElement;
}

/**
 * The game's audio (src/audio): Howler is fetched on first audible use. A click for every button
 * press; cues for simulation events and for the end of a run are played by whoever sees them.
 * Which event sounds which cue is the view's knowledge (each service view says so of its own
 * events): the audio may not import the view, so it is handed over here.
 */
export function createAppAudio(opts: AppAudioOptions): AppAudio {
  const sound = createSoundBoard(opts.settings, { enabled: opts.enabled, eventCues: EVENT_CUES });
  let stopMusic: (() => void) | null = null;
  opts.root.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('button')) sound.play('uiClick');
  });
  return {
    sound,
    followFlow(state) {
      if (state === 'playing' || state === 'paused') stopMusic ??= startMusicOnGesture(sound, document);
      else {
        stopMusic?.();
        stopMusic = null;
      }
    },
  };
}
