import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CUES, cueFile, MUSIC_FILE } from '../../../src/audio/cues';
import { EFFECT_RATE, MUSIC_RATE, noteHz, renderSounds, sinCycles, writeSounds } from '../../../scripts/genSounds';

/**
 * The generated sounds: valid WAVs the browser can decode, small enough to ship, identical on every
 * run, and the committed copies in assets/audio are exactly what `npm run sounds` makes.
 */
const ASSETS = fileURLToPath(new URL('../../../assets/audio/', import.meta.url));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const FILES = [...CUES.map(cueFile), MUSIC_FILE];
const EFFECT_MAX_BYTES = 40_000;
const MUSIC_MAX_BYTES = 600_000;

interface Wav {
  format: number;
  channels: number;
  rate: number;
  byteRate: number;
  blockAlign: number;
  bits: number;
  samples: Int16Array;
}

/** Walks the RIFF chunks instead of assuming the 44-byte layout, so a wrong size field is caught. */
function parseWav(bytes: Uint8Array): Wav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  expect(tag(0)).toBe('RIFF');
  expect(view.getUint32(4, true)).toBe(bytes.length - 8);
  expect(tag(8)).toBe('WAVE');
  let fmt: Omit<Wav, 'samples'> | null = null;
  let samples: Int16Array | null = null;
  for (let at = 12; at < bytes.length; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    expect(at + 8 + size, `chunk ${id} runs past the end`).toBeLessThanOrEqual(bytes.length);
    if (id === 'fmt ') {
      expect(size).toBe(16);
      fmt = {
        format: view.getUint16(at + 8, true),
        channels: view.getUint16(at + 10, true),
        rate: view.getUint32(at + 12, true),
        byteRate: view.getUint32(at + 16, true),
        blockAlign: view.getUint16(at + 20, true),
        bits: view.getUint16(at + 22, true),
      };
    } else if (id === 'data') {
      expect(fmt, 'fmt comes before data').not.toBeNull();
      expect(size % 2).toBe(0);
      samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(at + 8 + i * 2, true);
    }
    at += 8 + size + (size % 2);
  }
  expect(fmt).not.toBeNull();
  expect(samples).not.toBeNull();
  return { ...fmt!, samples: samples! };
}

const rendered = renderSounds();
const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

describe('generated sound files', () => {
  it('one file per cue plus the music loop, nothing else', () => {
    expect(rendered.map((s) => s.file)).toEqual(FILES);
  });

  it.each(rendered.map((s) => [s.file, s] as const))('%s is a mono 16-bit PCM WAV of the right size', (file, s) => {
    const wav = parseWav(s.bytes);
    const rate = file === MUSIC_FILE ? MUSIC_RATE : EFFECT_RATE;
    expect(wav).toMatchObject({ format: 1, channels: 1, rate, byteRate: rate * 2, blockAlign: 2, bits: 16 });
    expect(s.rate).toBe(rate);
    expect(s.bytes.length).toBe(44 + wav.samples.length * 2);
    expect(s.bytes.length).toBeLessThanOrEqual(file === MUSIC_FILE ? MUSIC_MAX_BYTES : EFFECT_MAX_BYTES);
    let peak = 0;
    for (const v of wav.samples) peak = Math.max(peak, Math.abs(v));
    expect(peak, 'audible but not clipped').toBeGreaterThan(0.3 * 32767);
    expect(peak).toBeLessThan(32767);
  });

  it.each(CUES.map(cueFile))('%s starts and ends at (near) silence, so it does not click', (file) => {
    const { samples } = parseWav(rendered.find((s) => s.file === file)!.bytes);
    expect(samples.length / EFFECT_RATE).toBeLessThan(0.95);
    expect(Math.abs(samples[0]!)).toBeLessThan(100);
    expect(Math.abs(samples[samples.length - 1]!)).toBeLessThan(100);
  });

  it('the music loop is 8–16 s and seamless: the step across the wrap is an ordinary step', () => {
    const { samples, rate } = parseWav(rendered.find((s) => s.file === MUSIC_FILE)!.bytes);
    const seconds = samples.length / rate;
    expect(seconds).toBeGreaterThanOrEqual(8);
    expect(seconds).toBeLessThanOrEqual(16);
    let total = 0;
    for (let i = 1; i < samples.length; i++) total += Math.abs(samples[i]! - samples[i - 1]!);
    const meanStep = total / (samples.length - 1);
    const seam = Math.abs(samples[0]! - samples[samples.length - 1]!);
    expect(seam).toBeLessThanOrEqual(2 * meanStep);
  });
});

describe('determinism', () => {
  it('two runs of the generator write byte-identical files', () => {
    const hashesOf = () => {
      const dir = mkdtempSync(join(tmpdir(), 'blast-radius-sounds-'));
      tempDirs.push(dir);
      writeSounds(dir);
      expect(readdirSync(dir).sort()).toEqual([...FILES].sort());
      return Object.fromEntries(FILES.map((f) => [f, sha(readFileSync(join(dir, f)))]));
    };
    const first = hashesOf();
    expect(hashesOf()).toEqual(first);
    expect(Object.fromEntries(rendered.map((s) => [s.file, sha(s.bytes)]))).toEqual(first);
  });

  it('the committed assets/audio files are what the generator makes (run `npm run sounds` after changing it)', () => {
    for (const s of rendered) {
      const committed = join(ASSETS, s.file);
      expect(existsSync(committed), `${committed} is missing`).toBe(true);
      expect(sha(readFileSync(committed)), s.file).toBe(sha(s.bytes));
    }
  });

  it('uses its own sine and tuning, pinned (no engine-dependent Math.sin or pow)', () => {
    expect(noteHz(69)).toBe(440);
    expect(noteHz(57)).toBe(220);
    expect(noteHz(81)).toBe(880);
    expect(noteHz(60)).toBeCloseTo(261.6255653005986, 12);
    for (let k = 0; k <= 64; k++) expect(sinCycles(k / 64 - 0.37)).toBeCloseTo(Math.sin(2 * Math.PI * (k / 64 - 0.37)), 8);
  });
});
