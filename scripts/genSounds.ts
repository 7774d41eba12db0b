/**
 * Synthesises every sound of the game and writes them to assets/audio/ (Vite's publicDir, served at
 * ./audio/<file>): one short effect per cue (src/audio/cues.ts) and a seamless ambient music loop.
 * Run: `npm run sounds`. The WAVs are committed; tests/unit/audio checks they match this script.
 *
 * Deterministic to the byte on any machine: noise comes from a seeded PRNG, and the maths is only
 * + − × ÷, floor and sqrt, which IEEE 754 makes exact everywhere. Math.sin/exp/pow are avoided on
 * purpose (engines may round them differently), hence the polynomial sine and the semitone table.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CUES, cueFile, MUSIC_FILE, type Cue } from '../src/audio/cues';

export const EFFECT_RATE = 22_050;
/** Pads carry nothing above ~3 kHz, so half the rate buys a 16 s loop in ~350 kB. */
export const MUSIC_RATE = 11_025;

// ── maths ────────────────────────────────────────────────────────────────────────────────────────

/** sin(2π·cycles): fold into a quarter wave, then Taylor to t¹³ (error < 1e-9 on ±π/2). */
export function sinCycles(cycles: number): number {
  let x = cycles - Math.floor(cycles);
  if (x >= 0.5) x -= 1;
  if (x > 0.25) x = 0.5 - x;
  else if (x < -0.25) x = -0.5 - x;
  const t = x * 6.283185307179586;
  const t2 = t * t;
  return t * (1 - (t2 / 6) * (1 - (t2 / 20) * (1 - (t2 / 42) * (1 - (t2 / 72) * (1 - (t2 / 110) * (1 - t2 / 156))))));
}

/** 2^(k/12), k = 0…11, as literals so no pow() is involved. */
const SEMITONES = [
  1, 1.0594630943592953, 1.122462048309373, 1.189207115002721, 1.2599210498948732, 1.3348398541700344, 1.4142135623730951,
  1.4983070768766815, 1.5874010519681994, 1.681792830507429, 1.7817974362806785, 1.8877486253633868,
];

/** Equal-tempered frequency of a MIDI note (69 = A4 = 440 Hz). */
export function noteHz(midi: number): number {
  const steps = midi - 69;
  let octaves = Math.floor(steps / 12);
  let hz = 440 * SEMITONES[steps - octaves * 12]!;
  for (; octaves > 0; octaves--) hz *= 2;
  for (; octaves < 0; octaves++) hz /= 2;
  return hz;
}

/** mulberry32: a tiny seeded PRNG, integer maths only. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ── building blocks ──────────────────────────────────────────────────────────────────────────────

/** A mono float buffer. `wrap`: notes that run past the end continue at the start (music loop). */
interface Track {
  rate: number;
  data: Float64Array;
  wrap: boolean;
}

const track = (rate: number, seconds: number, wrap = false): Track => ({ rate, data: new Float64Array(Math.round(rate * seconds)), wrap });

/** Harmonic amplitudes, fundamental first. */
const SINE = [1];
const SOFT_SQUARE = [1, 0, 0.33, 0, 0.2, 0, 0.14, 0, 0.11];
const BRASS = [1, 0.5, 0.33, 0.25, 0.2, 0.16, 0.14, 0.12];
const MELLOW = [1, 0.18, 0.06];
const TRIANGLE = [1, 0, -0.11, 0, 0.04, 0, -0.02];

interface ToneOptions {
  at: number;
  dur: number;
  /** Hz, or Hz as a function of progress u ∈ [0, 1) through the note (sweeps, bends). */
  hz: number | ((u: number) => number);
  gain: number;
  harmonics?: number[];
  attack?: number;
  /** 'pluck' decays as (1 − u)³; 'hold' stays level and releases linearly over `release`. */
  shape?: 'pluck' | 'hold';
  release?: number;
  vibrato?: { hz: number; depth: number };
}

function envelope(t: number, o: ToneOptions): number {
  const attack = o.attack ?? 0.005;
  const rise = t < attack ? t / attack : 1;
  if ((o.shape ?? 'pluck') === 'pluck') {
    const v = 1 - t / o.dur;
    return rise * v * v * v;
  }
  const release = o.release ?? 0.05;
  const left = o.dur - t;
  return rise * (left < release ? left / release : 1);
}

/** Additive oscillator into `tr`, harmonics above 0.45 × rate skipped (no aliasing). */
function tone(tr: Track, o: ToneOptions): void {
  const { rate } = tr;
  const harmonics = o.harmonics ?? SINE;
  const start = Math.round(o.at * rate);
  const n = Math.round(o.dur * rate);
  let phase = 0;
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    let hz = typeof o.hz === 'number' ? o.hz : o.hz(i / n);
    if (o.vibrato) hz *= 1 + o.vibrato.depth * sinCycles(o.vibrato.hz * t);
    phase += hz / rate;
    let s = 0;
    for (let h = 0; h < harmonics.length; h++) if ((h + 1) * hz < 0.45 * rate) s += harmonics[h]! * sinCycles((h + 1) * phase);
    add(tr, start + i, s * o.gain * envelope(t, o));
  }
}

function add(tr: Track, index: number, value: number): void {
  const len = tr.data.length;
  if (tr.wrap) tr.data[((index % len) + len) % len]! += value;
  else if (index >= 0 && index < len) tr.data[index]! += value;
}

/** White noise from a seeded PRNG, shaped by a pluck envelope and an optional two-pole low-pass. */
function noise(tr: Track, o: { at: number; dur: number; gain: number; seed: number; lowpassHz?: number; attack?: number }): void {
  const next = prng(o.seed);
  const start = Math.round(o.at * tr.rate);
  const n = Math.round(o.dur * tr.rate);
  const burst = new Float64Array(n);
  for (let i = 0; i < n; i++) burst[i] = (next() * 2 - 1) * o.gain * envelope(i / tr.rate, { ...o, hz: 0, shape: 'pluck' });
  if (o.lowpassHz) {
    lowpass(burst, tr.rate, o.lowpassHz, false);
    lowpass(burst, tr.rate, o.lowpassHz, false);
  }
  for (let i = 0; i < n; i++) add(tr, start + i, burst[i]!);
}

/**
 * One-pole low-pass in place; α = ω/(ω + rate) approximates 1 − e^(−ω/rate) without exp. `circular`
 * runs one warm-up lap first so a loop's filter state is continuous across the seam.
 */
function lowpass(data: Float64Array, rate: number, hz: number, circular: boolean): void {
  const w = 6.283185307179586 * hz;
  const alpha = w / (w + rate);
  let y = 0;
  if (circular) for (let i = 0; i < data.length; i++) y += alpha * (data[i]! - y);
  for (let i = 0; i < data.length; i++) {
    y += alpha * (data[i]! - y);
    data[i] = y;
  }
}

/** Scales to a peak of `peak` (full scale = 1). */
function normalise(data: Float64Array, peak: number): Float64Array {
  let max = 0;
  for (const v of data) max = Math.max(max, Math.abs(v));
  if (max > 0) for (let i = 0; i < data.length; i++) data[i] = (data[i]! * peak) / max;
  return data;
}

// ── the sounds ───────────────────────────────────────────────────────────────────────────────────

const fx = (seconds: number) => track(EFFECT_RATE, seconds);

const EFFECTS: Record<Cue, () => Track> = {
  launch() {
    const tr = fx(0.24);
    tone(tr, { at: 0, dur: 0.16, hz: (u) => 330 * (1 + 2 * u * u), gain: 0.8, harmonics: TRIANGLE, shape: 'hold', release: 0.04 });
    tone(tr, { at: 0.12, dur: 0.12, hz: noteHz(88), gain: 0.35, harmonics: SINE });
    return tr;
  },
  terminate() {
    const tr = fx(0.34);
    tone(tr, { at: 0, dur: 0.34, hz: (u) => 880 * (1 - 0.78 * Math.sqrt(u)), gain: 0.8, harmonics: SOFT_SQUARE });
    lowpass(tr.data, tr.rate, 2500, false);
    return tr;
  },
  alarm() {
    const tr = fx(0.66);
    for (let k = 0; k < 4; k++) {
      tone(tr, { at: k * 0.16, dur: 0.15, hz: noteHz(k % 2 === 0 ? 83 : 78), gain: 0.7, harmonics: SOFT_SQUARE, shape: 'hold', attack: 0.006, release: 0.02 });
    }
    lowpass(tr.data, tr.rate, 4000, false);
    return tr;
  },
  outage() {
    const tr = fx(0.85);
    tone(tr, { at: 0, dur: 0.6, hz: (u) => 38 + 80 * (1 - u) * (1 - u) * (1 - u), gain: 1, harmonics: [1, 0.3], attack: 0.004 });
    noise(tr, { at: 0, dur: 0.85, gain: 0.9, seed: 7, lowpassHz: 700, attack: 0.01 });
    noise(tr, { at: 0, dur: 0.25, gain: 0.25, seed: 11, lowpassHz: 3000, attack: 0.002 });
    return tr;
  },
  recovery() {
    const tr = fx(0.76);
    [72, 76, 79, 84].forEach((m, k) => tone(tr, { at: k * 0.085, dur: k === 3 ? 0.5 : 0.4, hz: noteHz(m), gain: 0.5, harmonics: [1, 0.25, 0.08] }));
    return tr;
  },
  win() {
    const tr = fx(0.88);
    [67, 72, 76].forEach((m, k) => tone(tr, { at: k * 0.1, dur: 0.09, hz: noteHz(m), gain: 0.45, harmonics: BRASS, shape: 'hold', attack: 0.01, release: 0.03 }));
    const vibrato = { hz: 6, depth: 0.004 };
    for (const [m, gain] of [[79, 0.5], [76, 0.3], [72, 0.3], [60, 0.3]] as const) {
      tone(tr, { at: 0.3, dur: 0.58, hz: noteHz(m), gain, harmonics: BRASS, shape: 'hold', attack: 0.02, release: 0.25, vibrato });
    }
    lowpass(tr.data, tr.rate, 3500, false);
    return tr;
  },
  lose() {
    const tr = fx(0.9);
    [67, 63].forEach((m, k) => tone(tr, { at: k * 0.2, dur: 0.19, hz: noteHz(m), gain: 0.6, harmonics: TRIANGLE, shape: 'hold', attack: 0.01, release: 0.04 }));
    const c4 = noteHz(60);
    tone(tr, { at: 0.4, dur: 0.5, hz: (u) => c4 * (1 - 0.06 * u * u), gain: 0.6, harmonics: TRIANGLE, shape: 'hold', attack: 0.01, release: 0.3, vibrato: { hz: 5, depth: 0.01 } });
    tone(tr, { at: 0.4, dur: 0.5, hz: noteHz(51), gain: 0.3, harmonics: TRIANGLE, shape: 'hold', attack: 0.02, release: 0.3 });
    return tr;
  },
  uiClick() {
    const tr = fx(0.04);
    tone(tr, { at: 0, dur: 0.03, hz: 1800, gain: 0.5, attack: 0.001 });
    noise(tr, { at: 0, dur: 0.01, gain: 0.3, seed: 3, attack: 0.0005 });
    return tr;
  },
  uiError() {
    const tr = fx(0.27);
    for (const at of [0, 0.14]) {
      for (const hz of [140, 147]) tone(tr, { at, dur: 0.12, hz, gain: 0.4, harmonics: SOFT_SQUARE, shape: 'hold', attack: 0.005, release: 0.03 });
    }
    lowpass(tr.data, tr.rate, 2200, false);
    return tr;
  },
};

/** Loudness by role: clicks sit under the game, warnings on top. */
const PEAK: Record<Cue, number> = { launch: 0.6, terminate: 0.6, alarm: 0.5, outage: 0.9, recovery: 0.7, win: 0.85, lose: 0.8, uiClick: 0.4, uiError: 0.6 };

/**
 * 16 s at 60 bpm: four slow chords (Cmaj9, Am9, Fmaj9, G6sus4) of detuned soft pads over a sine bass,
 * a few bell notes on a pentatonic scale, and a breath of filtered noise. Everything is rendered
 * circularly (tails wrap to the start) and filtered with a warm-up lap, so the loop has no seam.
 */
function ambientLoop(): Track {
  const BAR = 4;
  const tr = track(MUSIC_RATE, 4 * BAR, true);
  const chords = [
    [48, 55, 59, 62, 64],
    [45, 52, 55, 59, 60],
    [41, 48, 52, 55, 57],
    [43, 50, 52, 57, 60],
  ];
  chords.forEach((notes, bar) => {
    const at = bar * BAR - 0.6;
    tone(tr, { at: bar * BAR, dur: BAR + 1.2, hz: noteHz(notes[0]! - 12), gain: 0.5, harmonics: [1, 0.12], shape: 'hold', attack: 0.6, release: 1.6 });
    for (const m of notes.slice(1)) {
      for (const detune of [0.998, 1.0025]) {
        tone(tr, { at, dur: BAR + 1.8, hz: noteHz(m) * detune, gain: 0.16, harmonics: MELLOW, shape: 'hold', attack: 1.6, release: 2, vibrato: { hz: 0.25, depth: 0.002 } });
      }
    }
  });
  const next = prng(2024);
  const scale = [72, 74, 76, 79, 81, 84];
  for (let slot = 0; slot < 32; slot++) {
    if (next() < 0.28) tone(tr, { at: slot * 0.5, dur: 2.2, hz: noteHz(scale[Math.floor(next() * scale.length)]!), gain: 0.09, harmonics: [1, 0, 0, 0.06], attack: 0.01 });
  }
  const air = new Float64Array(tr.data.length);
  const rnd = prng(99);
  // Two swells per loop: a whole number of LFO cycles keeps the seam invisible.
  for (let i = 0; i < air.length; i++) air[i] = (rnd() * 2 - 1) * 0.05 * (0.6 + 0.4 * sinCycles((2 * i) / air.length));
  lowpass(air, MUSIC_RATE, 500, true);
  lowpass(air, MUSIC_RATE, 500, true);
  for (let i = 0; i < air.length; i++) tr.data[i]! += air[i]!;
  lowpass(tr.data, MUSIC_RATE, 2600, true);
  return tr;
}

// ── WAV ──────────────────────────────────────────────────────────────────────────────────────────

/** A canonical 44-byte-header PCM WAV: mono, 16-bit little-endian. */
export function encodeWav(samples: Float64Array, rate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true);
  ascii(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32767), true));
  return bytes;
}

export interface GeneratedSound {
  file: string;
  rate: number;
  bytes: Uint8Array;
}

/** Every file, in a fixed order. Pure: the same bytes on every call. */
export function renderSounds(): GeneratedSound[] {
  const sounds = CUES.map((cue) => {
    const tr = EFFECTS[cue]();
    return { file: cueFile(cue), rate: tr.rate, bytes: encodeWav(normalise(tr.data, PEAK[cue]), tr.rate) };
  });
  const loop = ambientLoop();
  sounds.push({ file: MUSIC_FILE, rate: loop.rate, bytes: encodeWav(normalise(loop.data, 0.7), loop.rate) });
  return sounds;
}

export function writeSounds(dir: string): GeneratedSound[] {
  mkdirSync(dir, { recursive: true });
  const sounds = renderSounds();
  for (const s of sounds) writeFileSync(join(dir, s.file), s.bytes);
  return sounds;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = fileURLToPath(new URL('../assets/audio/', import.meta.url));
  for (const s of writeSounds(dir)) {
    const seconds = (s.bytes.length - 44) / 2 / s.rate;
    console.log(`${s.file.padEnd(18)} ${String(s.bytes.length).padStart(7)} bytes  ${seconds.toFixed(2)} s @ ${s.rate} Hz`);
  }
  console.log(`wrote ${dir}`);
}
