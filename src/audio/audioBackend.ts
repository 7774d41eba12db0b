/**
 * The little the sound board needs from an audio library, so it can be tested in Node with a fake
 * and so Howler stays behind one dynamic import (its own chunk, fetched on first use, never at boot).
 */
export interface Sound {
  /** Effects: start one more instance (only once loaded, so a slow load cannot fire a stale cue). Loops: start if not already playing. */
  play(): void;
  /** Loops: fade out over `fadeMs`, then stop. */
  stop(fadeMs: number): void;
  setVolume(volume: number): void;
  unload(): void;
}

export interface AudioBackend {
  load(url: string, options: { loop: boolean; volume: number }): Sound;
}

/**
 * Howler behind the AudioBackend interface. Every failure is quiet by design: a missing file, no
 * AudioContext, or a context the browser keeps locked until a gesture all mean silence, never an
 * exception or a console message (the end-to-end tests fail on console errors).
 */
export async function loadHowlerBackend(): Promise<AudioBackend> {
  const { Howl, Howler } = await import('howler');
  if (Howler.noAudio) throw new Error('no audio output');
  // Effects fired while the browser still blocks audio would be queued by Howler and all burst out
  // at the first click; drop them instead. Sticky: Howler suspends an idle context after 30 s and
  // resumes it on the next play, which must not count as "locked".
  let unlocked = false;
  const isUnlocked = (): boolean => (unlocked ||= !Howler.ctx || Howler.ctx.state === 'running');

  return {
    load(url, { loop, volume }) {
      let failed = false;
      let loopId: number | null = null;
      /** The HTML5-audio fallback refused to start the loop before a gesture. */
      let blocked = false;
      let vol = volume;
      const howl = new Howl({
        src: [url],
        format: ['wav'],
        loop,
        volume,
        preload: true,
        onloaderror: () => {
          failed = true;
        },
        onplayerror: () => {
          if (!loop || failed) return;
          blocked = true;
          howl.once('unlock', () => {
            if (blocked && loopId !== null) howl.play(loopId);
            blocked = false;
          });
        },
        onunlock: () => {
          unlocked = true;
        },
      });
      // One loop instance at a time. Before load (or while Web Audio is locked) Howler queues the
      // play itself, so a second play() here would start a second copy later.
      const startLoop = () => {
        if (loopId !== null) return;
        loopId = howl.play();
        howl.volume(vol, loopId);
      };
      return {
        play() {
          if (failed) return;
          if (loop) startLoop();
          else if (howl.state() === 'loaded' && isUnlocked()) howl.play();
        },
        stop(fadeMs) {
          const id = loopId;
          loopId = null;
          blocked = false;
          if (id === null) return;
          if (fadeMs > 0 && howl.playing(id)) {
            howl.fade(vol, 0, fadeMs, id);
            setTimeout(() => howl.stop(id), fadeMs);
          } else howl.stop(id);
        },
        setVolume(v) {
          vol = v;
          // Only the current loop instance: a group-wide volume() would cancel a fade-out in flight.
          if (loop) {
            if (loopId !== null) howl.volume(v, loopId);
          } else howl.volume(v);
        },
        unload() {
          howl.unload();
        },
      };
    },
  };
}
