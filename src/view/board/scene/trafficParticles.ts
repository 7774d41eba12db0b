import type Phaser from 'phaser';
import { OKABE_ITO } from '../look/palette';
import { PATH_POINTS, type ParticlePath } from '../model/particlePath';
import { PARTICLE_FRAME, PARTICLE_SIZE } from './tileAtlas';

const LEGS = PATH_POINTS - 1;

const LIVE = 0xffffff;
const FAILING = OKABE_ITO.vermillion;

/**
 * Cosmetic request particles, sampled from the simulated flows. A fixed pool of Bobs in one Blitter,
 * all made up front (hidden until used); the path data lives in typed arrays, dead particles are
 * swap-removed and a Bob's tint and alpha are written only when they change, so a frame is one
 * tight loop.
 */
export class TrafficParticles {
  private readonly bobs: Phaser.GameObjects.Bob[] = [];
  private readonly pts: Float32Array;
  private readonly legs: Float32Array;
  private readonly dist: Float32Array;
  private readonly fate: Uint8Array;
  /** Whether each particle is drawn failing (red) now. */
  private readonly red: Uint8Array;
  private count = 0;
  private carry = 0;

  constructor(
    private readonly blitter: Phaser.GameObjects.Blitter,
    readonly capacity: number,
    /** Cosmetic randomness (Phaser's RNG, never the simulation's). */
    private readonly random: () => number,
  ) {
    this.pts = new Float32Array(capacity * PATH_POINTS * 2);
    this.legs = new Float32Array(capacity * LEGS);
    this.dist = new Float32Array(capacity);
    this.fate = new Uint8Array(capacity);
    this.red = new Uint8Array(capacity);
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
   * (fractions carry over) from `spawn`, which samples a route.
   */
  step(dtMs: number, speed: number, rate: number, spawn: () => ParticlePath | null): void {
    const dt = Math.min(dtMs, 100) / 1000;
    this.carry += rate * dt;
    while (this.carry >= 1) {
      this.carry -= 1;
      if (this.count >= this.capacity) {
        this.carry = 0;
        break;
      }
      const path = spawn();
      if (path) this.add(path, this.random() * speed * dt);
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

  private add(path: ParticlePath, head: number): void {
    const i = this.count++;
    const bob = this.bobs[i]!;
    bob.setVisible(true);
    const o = i * PATH_POINTS * 2;
    const last = path.points[path.points.length - 1]!;
    for (let k = 0; k < PATH_POINTS; k++) {
      const p = path.points[k] ?? last;
      this.pts[o + k * 2] = p.x;
      this.pts[o + k * 2 + 1] = p.y;
    }
    for (let k = 0; k < LEGS; k++) {
      const dx = this.pts[o + k * 2 + 2]! - this.pts[o + k * 2]!;
      const dy = this.pts[o + k * 2 + 3]! - this.pts[o + k * 2 + 1]!;
      this.legs[i * LEGS + k] = Math.sqrt(dx * dx + dy * dy);
    }
    this.dist[i] = head;
    this.fate[i] = path.fate;
    this.red[i] = 0;
    bob.tint = LIVE;
    bob.alpha = 1;
    this.place(i);
  }

  /** Positions particle i; false once it has arrived. */
  private place(i: number): boolean {
    const o = i * PATH_POINTS * 2;
    const li = i * LEGS;
    let d = this.dist[i]!;
    let total = 0;
    for (let k = 0; k < LEGS; k++) total += this.legs[li + k]!;
    if (d >= total) return false;
    let k = 0;
    while (k < LEGS - 1 && d > this.legs[li + k]!) d -= this.legs[li + k++]!;
    const len = this.legs[li + k]! || 1;
    const t = Math.min(1, d / len);
    const x = this.pts[o + k * 2]! + (this.pts[o + k * 2 + 2]! - this.pts[o + k * 2]!) * t;
    const y = this.pts[o + k * 2 + 1]! + (this.pts[o + k * 2 + 3]! - this.pts[o + k * 2 + 1]!) * t;
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
    // Fade out over the last 10 px.
    const left = total - this.dist[i]!;
    if (left < 10) bob.alpha = Math.max(0.05, left / 10);
    return true;
  }

  private remove(i: number): void {
    const last = --this.count;
    if (i !== last) {
      const n = PATH_POINTS * 2;
      this.pts.copyWithin(i * n, last * n, last * n + n);
      this.legs.copyWithin(i * LEGS, last * LEGS, last * LEGS + LEGS);
      this.dist[i] = this.dist[last]!;
      this.fate[i] = this.fate[last]!;
      this.red[i] = this.red[last]!;
      const bi = this.bobs[i]!;
      const bl = this.bobs[last]!;
      bi.x = bl.x;
      bi.y = bl.y;
      bi.tint = bl.tint;
      bi.alpha = bl.alpha;
    }
    this.bobs[last]!.setVisible(false);
  }
}
