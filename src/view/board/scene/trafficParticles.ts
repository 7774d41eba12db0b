import type Phaser from 'phaser';
import { OKABE_ITO } from '../look/palette';
import { PATH_POINTS, type ParticleFate } from '../model/particlePath';
import { PARTICLE_FADE_FRAMES, PARTICLE_FRAME, PARTICLE_SIZE } from './tileAtlas';

const LEGS = PATH_POINTS - 1;
const STRIDE = PATH_POINTS * 2;

const LIVE = 0xffffff;
/** A particle fades out over the last this many pixels of its path. */
const FADE_PX = 10;
const FAILING = OKABE_ITO.vermillion;

/** Writes one sampled path (PATH_POINTS x, y pairs) into `out` from `at`; returns its fate, or -1 for none. */
export type SpawnPath = (out: Float32Array, at: number) => ParticleFate | -1;

/**
 * Cosmetic request particles, sampled from the simulated flows. A fixed pool of Bobs in one Blitter,
 * all made up front (hidden until used). Paths are written straight into typed arrays, each
 * particle remembers which leg it is on, dead particles are swap-removed and a Bob's tint and frame
 * are written only when they change: a frame is one tight loop that allocates nothing. Bob alpha is
 * never touched (see PARTICLE_FADE_FRAMES).
 */
export class TrafficParticles {
  private readonly bobs: Phaser.GameObjects.Bob[] = [];
  private readonly pts: Float32Array;
  private readonly legs: Float32Array;
  /** Distance travelled along the current leg, and which leg that is. */
  private readonly dist: Float32Array;
  private readonly leg: Uint8Array;
  private readonly fate: Uint8Array;
  /** Whether each particle is drawn failing (red) now. */
  private readonly red: Uint8Array;
  /** How far each particle has faded (index into PARTICLE_FADE_FRAMES). */
  private readonly fade: Uint8Array;
  private count = 0;
  private carry = 0;

  constructor(
    private readonly blitter: Phaser.GameObjects.Blitter,
    readonly capacity: number,
    /** Cosmetic randomness (Phaser's RNG, never the simulation's). */
    private readonly random: () => number,
  ) {
    this.pts = new Float32Array(capacity * STRIDE);
    this.legs = new Float32Array(capacity * LEGS);
    this.dist = new Float32Array(capacity);
    this.leg = new Uint8Array(capacity);
    this.fate = new Uint8Array(capacity);
    this.red = new Uint8Array(capacity);
    this.fade = new Uint8Array(capacity);
    for (let i = 0; i < capacity; i++) this.bobs.push(blitter.create(0, 0, PARTICLE_FRAME, false));
  }

  get active(): number {
    return this.count;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.bobs[i]!.setVisible(false);
    this.count = 0;
    this.carry = 0;
  }

  /**
   * Moves every particle `dtMs` along its path at `speed` px/s and spawns `rate` per second
   * (fractions carry over) from `spawn`, which samples a route and writes its path.
   */
  step(dtMs: number, speed: number, rate: number, spawn: SpawnPath): void {
    const dt = Math.min(dtMs, 100) / 1000;
    this.carry += rate * dt;
    while (this.carry >= 1) {
      this.carry -= 1;
      if (this.count >= this.capacity) {
        this.carry = 0;
        break;
      }
      this.add(spawn, this.random() * speed * dt);
    }
    const move = speed * dt;
    for (let i = 0; i < this.count; ) {
      this.dist[i]! += move;
      if (!this.place(i)) {
        this.remove(i);
        continue;
      }
      i++;
    }
  }

  private add(spawn: SpawnPath, head: number): void {
    const i = this.count;
    const o = i * STRIDE;
    const fate = spawn(this.pts, o);
    if (fate < 0) return;
    this.count += 1;
    const li = i * LEGS;
    for (let k = 0; k < LEGS; k++) {
      const dx = this.pts[o + k * 2 + 2]! - this.pts[o + k * 2]!;
      const dy = this.pts[o + k * 2 + 3]! - this.pts[o + k * 2 + 1]!;
      this.legs[li + k] = Math.sqrt(dx * dx + dy * dy);
    }
    this.dist[i] = head;
    this.leg[i] = 0;
    this.fate[i] = fate;
    this.red[i] = 0;
    const bob = this.bobs[i]!;
    bob.setVisible(true);
    bob.tint = LIVE;
    if (this.fade[i] !== 0) {
      this.fade[i] = 0;
      bob.setFrame(PARTICLE_FRAME);
    }
    this.place(i);
  }

  /** Positions particle i; false once it has arrived. */
  private place(i: number): boolean {
    const li = i * LEGS;
    // Move on to the next leg while this one is done (zero-length legs are skipped at once).
    let k = this.leg[i]!;
    let d = this.dist[i]!;
    while (d >= this.legs[li + k]!) {
      if (k === LEGS - 1) return false;
      d -= this.legs[li + k]!;
      k += 1;
    }
    this.leg[i] = k;
    this.dist[i] = d;
    const len = this.legs[li + k]!;
    const t = d / len;
    const o = i * STRIDE + k * 2;
    const x = this.pts[o]! + (this.pts[o + 2]! - this.pts[o]!) * t;
    const y = this.pts[o + 1]! + (this.pts[o + 3]! - this.pts[o + 1]!) * t;
    const bob = this.bobs[i]!;
    bob.x = x - PARTICLE_SIZE / 2;
    bob.y = y - PARTICLE_SIZE / 2;
    const fate = this.fate[i]!;
    // Failing requests turn red where they fail: on the last leg into a dead target, inside the LB when dropped.
    const red = (fate === 1 && k === LEGS - 1) || (fate === 2 && k >= LEGS - 2) ? 1 : 0;
    if (red !== this.red[i]) {
      this.red[i] = red;
      bob.tint = red ? FAILING : LIVE;
    }
    // Fade out over the last FADE_PX of the path, a frame at a time.
    if (k === LEGS - 1 || this.legs[li + LEGS - 1] === 0) {
      let left = len - d;
      for (let j = k + 1; j < LEGS; j++) left += this.legs[li + j]!;
      if (left < FADE_PX) {
        const level = Math.min(PARTICLE_FADE_FRAMES.length - 1, Math.floor(((FADE_PX - left) / FADE_PX) * PARTICLE_FADE_FRAMES.length));
        if (level !== this.fade[i]) {
          this.fade[i] = level;
          bob.setFrame(PARTICLE_FADE_FRAMES[level]);
        }
      }
    }
    return true;
  }

  private remove(i: number): void {
    const last = --this.count;
    if (i !== last) {
      this.pts.copyWithin(i * STRIDE, last * STRIDE, last * STRIDE + STRIDE);
      this.legs.copyWithin(i * LEGS, last * LEGS, last * LEGS + LEGS);
      this.dist[i] = this.dist[last]!;
      this.leg[i] = this.leg[last]!;
      this.fate[i] = this.fate[last]!;
      this.red[i] = this.red[last]!;
      this.fade[i] = this.fade[last]!;
      const bi = this.bobs[i]!;
      const bl = this.bobs[last]!;
      bi.x = bl.x;
      bi.y = bl.y;
      bi.tint = bl.tint;
      bi.setFrame(PARTICLE_FADE_FRAMES[this.fade[i]!]!);
    }
    this.bobs[last]!.setVisible(false);
  }
}
