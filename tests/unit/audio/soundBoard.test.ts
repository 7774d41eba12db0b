import { describe, expect, it, vi } from 'vitest';
import type { AudioBackend, Sound } from '../../../src/audio/audioBackend';
import { createSoundBoard, type SoundSettings } from '../../../src/audio/soundBoard';
import { startMusicOnGesture } from '../../../src/audio/startMusicOnGesture';
import { type SimEvent } from '../../../src/sim';
import { EVENT_CUES } from '../../../src/view/services/registry';

/** A fake audio library that records what the board asks of it. */
function fakeBackend() {
  const log: string[] = [];
  const sounds = new Map<string, { volume: number; playing: boolean }>();
  const backend: AudioBackend = {
    load(url, { loop, volume }) {
      const state = { volume, playing: false };
      sounds.set(url, state);
      log.push(`load ${url}${loop ? ' (loop)' : ''}`);
      const sound: Sound = {
        play: () => {
          state.playing = true;
          log.push(`play ${url}`);
        },
        stop: (fadeMs) => {
          state.playing = false;
          log.push(`stop ${url} ${fadeMs}`);
        },
        setVolume: (v) => {
          state.volume = v;
        },
        unload: () => log.push(`unload ${url}`),
      };
      return sound;
    },
  };
  const loadBackend = vi.fn(async () => backend);
  return { log, sounds, loadBackend, plays: () => log.filter((l) => l.startsWith('play ')) };
}

const ON: SoundSettings = { effectsVolume: 0.8, musicVolume: 0.4, muted: false };
const MUTED: SoundSettings = { ...ON, muted: true };
const flush = () => new Promise((r) => setTimeout(r, 0));
const ev = (type: SimEvent['type']): SimEvent => ({ tick: 0, type });

describe('createSoundBoard', () => {
  it('loads nothing at creation: the audio library is fetched on first use, once', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend });
    await flush();
    expect(fake.loadBackend).not.toHaveBeenCalled();
    board.play('uiClick');
    board.play('uiClick');
    await flush();
    expect(fake.loadBackend).toHaveBeenCalledTimes(1);
    expect(fake.log).toContain('load ./audio/ui-click.wav');
    expect(fake.log).toContain('load ./audio/ambient-loop.wav (loop)');
    board.play('launch');
    expect(fake.plays()).toEqual(['play ./audio/launch.wav']);
  });

  it('never loads or plays when disabled (test mode), even if the player unmutes', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(MUTED, { enabled: false, loadBackend: fake.loadBackend, eventCues: EVENT_CUES });
    board.applySettings(ON);
    board.play('win');
    board.startMusic();
    board.onSimEvents([ev('zone.outageStarted')]);
    await flush();
    expect(fake.loadBackend).not.toHaveBeenCalled();
    board.dispose();
  });

  it('while muted it loads nothing; unmuting with music wanted starts the music', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(MUTED, { loadBackend: fake.loadBackend, eventCues: EVENT_CUES });
    board.play('alarm');
    board.onSimEvents([ev('zone.outageStarted')]);
    board.startMusic();
    await flush();
    expect(fake.loadBackend).not.toHaveBeenCalled();
    board.applySettings(ON);
    await flush();
    expect(fake.plays()).toEqual(['play ./audio/ambient-loop.wav']);
    expect(fake.sounds.get('./audio/ambient-loop.wav')).toEqual({ volume: 0.4, playing: true });
    board.applySettings(MUTED);
    expect(fake.sounds.get('./audio/ambient-loop.wav')?.playing).toBe(false);
    board.play('alarm');
    expect(fake.plays()).toHaveLength(1);
  });

  it('effects and music have their own volumes', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend });
    board.startMusic();
    await flush();
    board.applySettings({ effectsVolume: 0.25, musicVolume: 0.6, muted: false });
    expect(fake.sounds.get('./audio/alarm.wav')?.volume).toBe(0.25);
    expect(fake.sounds.get('./audio/ambient-loop.wav')?.volume).toBe(0.6);
    board.applySettings({ effectsVolume: 0.25, musicVolume: 0, muted: false });
    expect(fake.sounds.get('./audio/ambient-loop.wav')?.playing).toBe(false);
    board.applySettings({ effectsVolume: 0, musicVolume: 0.6, muted: false });
    board.play('alarm');
    expect(fake.plays()).toEqual(['play ./audio/ambient-loop.wav', 'play ./audio/ambient-loop.wav']);
  });

  it('startMusic is idempotent and stopMusic fades the loop out', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend });
    board.startMusic();
    await flush();
    board.startMusic();
    board.stopMusic();
    board.stopMusic();
    expect(fake.log.filter((l) => l.includes('ambient-loop.wav') && !l.startsWith('load'))).toEqual([
      'play ./audio/ambient-loop.wav',
      'stop ./audio/ambient-loop.wav 400',
    ]);
  });

  it('maps simulation events through the cue table it is given (cuesFor), rate-limited on the real clock it is given', async () => {
    const fake = fakeBackend();
    let now = 0;
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend, now: () => now, eventCues: EVENT_CUES });
    board.play('uiClick');
    await flush();
    board.onSimEvents([ev('target.markedUnhealthy'), ev('target.markedUnhealthy')]);
    now = 1000;
    board.onSimEvents([ev('sla.minuteBad')]);
    now = 2500;
    board.onSimEvents([ev('sla.minuteBad'), ev('instance.running')]);
    expect(fake.plays()).toEqual(['play ./audio/alarm.wav', 'play ./audio/alarm.wav']);
  });

  it('stays silent and never throws when the audio library cannot load', async () => {
    const loadBackend = vi.fn(async (): Promise<AudioBackend> => {
      throw new Error('no AudioContext');
    });
    const errors = vi.spyOn(console, 'error');
    const board = createSoundBoard(ON, { loadBackend, eventCues: EVENT_CUES });
    board.play('win');
    board.startMusic();
    await flush();
    board.play('lose');
    board.onSimEvents([ev('database.down')]);
    board.applySettings({ ...ON, musicVolume: 1 });
    board.stopMusic();
    board.dispose();
    expect(loadBackend).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('a backend that throws while playing is contained', async () => {
    const broken: AudioBackend = {
      load: () => ({
        play: () => {
          throw new Error('InvalidStateError');
        },
        stop: () => {
          throw new Error('boom');
        },
        setVolume: () => {
          throw new Error('boom');
        },
        unload: () => {
          throw new Error('boom');
        },
      }),
    };
    const board = createSoundBoard(ON, { loadBackend: async () => broken });
    board.play('launch');
    await flush();
    expect(() => {
      board.play('launch');
      board.startMusic();
      board.applySettings(MUTED);
      board.dispose();
    }).not.toThrow();
  });

  it('after dispose everything is unloaded and nothing plays', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend });
    board.startMusic();
    await flush();
    board.dispose();
    board.play('win');
    board.startMusic();
    expect(fake.log.filter((l) => l.startsWith('unload'))).toHaveLength(10);
    expect(fake.plays()).toEqual(['play ./audio/ambient-loop.wav']);
  });

  it('a board disposed while the library is still loading never creates sounds', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend });
    board.play('win');
    board.dispose();
    await flush();
    expect(fake.log).toEqual([]);
  });
});

describe('startMusicOnGesture', () => {
  it('starts the music at the first key or pointer press, once; disarming stops it', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend });
    const target = new EventTarget();
    const disarm = startMusicOnGesture(board, target);
    target.dispatchEvent(new Event('click'));
    await flush();
    expect(fake.loadBackend).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('keydown'));
    await flush();
    target.dispatchEvent(new Event('pointerdown'));
    expect(fake.plays()).toEqual(['play ./audio/ambient-loop.wav']);
    disarm();
    expect(fake.sounds.get('./audio/ambient-loop.wav')?.playing).toBe(false);
  });

  it('disarmed before any gesture, it never starts the music', async () => {
    const fake = fakeBackend();
    const board = createSoundBoard(ON, { loadBackend: fake.loadBackend });
    const target = new EventTarget();
    startMusicOnGesture(board, target)();
    target.dispatchEvent(new Event('pointerdown'));
    await flush();
    expect(fake.loadBackend).not.toHaveBeenCalled();
  });
});
