import { type SimEvent } from '../sim';
import { loadHowlerBackend, type AudioBackend, type Sound } from './audioBackend';
import type { EventCues } from '../presentation/cues';
import { cuesFor, type CueTimes } from './cuesFor';
import { AUDIO_BASE_URL, CUES, cueFile, MUSIC_FILE, type Cue } from './cues';

/** The audio part of the player's settings (src/flow/settings.ts), volumes 0–1. */
export interface SoundSettings {
  effectsVolume: number;
  musicVolume: number;
  muted: boolean;
}

export interface SoundBoard {
  play(cue: Cue): void;
  /** Music is wanted: it plays whenever it is audible (not muted, volume above 0). */
  startMusic(): void;
  stopMusic(): void;
  applySettings(settings: SoundSettings): void;
  /** One batch of simulation events (a step or a command): cues, rate-limited by `cuesFor`. */
  onSimEvents(events: readonly SimEvent[]): void;
  dispose(): void;
}

export interface SoundBoardOptions {
  /** false (test mode): nothing is ever loaded or played, whatever the settings say later. */
  enabled?: boolean;
  loadBackend?: () => Promise<AudioBackend>;
  /** Real milliseconds, for rate-limiting cues. */
  now?: () => number;
  baseUrl?: string;
  /** Which simulation event sounds which cue (src/app passes the view's table); none sound without it. */
  eventCues?: EventCues;
}

const MUSIC_FADE_MS = 400;

/**
 * Plays cues and the music loop. Howler is fetched on first use (the first audible cue or music
 * request), never at boot and never while muted. If audio cannot work (the import fails, no
 * AudioContext, a file fails to load, the browser blocks autoplay) the board stays silent: no
 * method ever throws, and nothing is logged.
 */
export function createSoundBoard(initial: SoundSettings, options: SoundBoardOptions = {}): SoundBoard {
  const enabled = options.enabled ?? true;
  const loadBackend = options.loadBackend ?? loadHowlerBackend;
  const now = options.now ?? (() => performance.now());
  const baseUrl = options.baseUrl ?? AUDIO_BASE_URL;
  const eventCues = options.eventCues ?? {};

  let settings = { ...initial };
  let disposed = false;
  let loading = false;
  let effects: Map<Cue, Sound> | null = null;
  let music: Sound | null = null;
  let musicWanted = false;
  let musicPlaying = false;
  let lastCues: CueTimes = {};

  const effectsVolume = () => (settings.muted ? 0 : settings.effectsVolume);
  const musicVolume = () => (settings.muted ? 0 : settings.musicVolume);
  const quietly = (fn: () => void) => {
    try {
      fn();
    } catch {
      // Audio is decoration: a failure here must never reach the game.
    }
  };

  /** Starts the one-time load; false until the backend is ready (or forever, if it failed). */
  const ready = (): boolean => {
    if (effects) return true;
    if (!loading && enabled && !disposed) {
      loading = true;
      void loadBackend()
        .then((backend) => {
          if (disposed) return;
          const loaded = new Map<Cue, Sound>();
          for (const cue of CUES) loaded.set(cue, backend.load(baseUrl + cueFile(cue), { loop: false, volume: effectsVolume() }));
          music = backend.load(baseUrl + MUSIC_FILE, { loop: true, volume: musicVolume() });
          effects = loaded;
          syncMusic();
        })
        .catch(() => {
          // Stays silent; `loading` stays true so it is not retried on every cue.
        });
    }
    return false;
  };

  const syncMusic = () =>
    quietly(() => {
      const audible = musicWanted && musicVolume() > 0;
      if (audible && !musicPlaying && ready() && music) {
        music.setVolume(musicVolume());
        music.play();
        musicPlaying = true;
      } else if (!audible && musicPlaying && music) {
        music.stop(MUSIC_FADE_MS);
        musicPlaying = false;
      } else if (musicPlaying && music) music.setVolume(musicVolume());
    });

  const play = (cue: Cue) =>
    quietly(() => {
      if (disposed || effectsVolume() <= 0 || !ready()) return;
      effects?.get(cue)?.play();
    });

  return {
    play,
    startMusic() {
      if (disposed) return;
      musicWanted = true;
      syncMusic();
    },
    stopMusic() {
      musicWanted = false;
      syncMusic();
    },
    applySettings(next) {
      if (disposed) return;
      settings = { ...next };
      quietly(() => {
        for (const sound of effects?.values() ?? []) sound.setVolume(effectsVolume());
      });
      syncMusic();
    },
    onSimEvents(events) {
      if (disposed || !enabled || effectsVolume() <= 0) return;
      const picked = cuesFor(events, now(), lastCues, eventCues);
      lastCues = picked.last;
      for (const cue of picked.cues) play(cue);
    },
    dispose() {
      if (disposed) return;
      musicWanted = false;
      syncMusic();
      disposed = true;
      quietly(() => {
        for (const sound of effects?.values() ?? []) sound.unload();
        music?.unload();
      });
      effects = null;
      music = null;
    },
  };
}
