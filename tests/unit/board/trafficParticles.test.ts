import { describe, expect, it, vi } from 'vitest';

// The particle system only needs a Blitter's create(); Phaser itself (imported by the atlas module
// for its constants' neighbours) cannot load outside a browser.
vi.mock('phaser', () => ({ default: {} }));

const { TrafficParticles } = await import('../../../src/view/board/scene/trafficParticles');
const { PATH_POINTS } = await import('../../../src/view/board/model/particlePath');
const { PARTICLE_FADE_FRAMES, PARTICLE_FRAME, PARTICLE_SIZE } = await import('../../../src/view/board/scene/tileAtlas');

interface FakeBob {
  x: number;
  y: number;
  tint: number;
  alpha: number;
  visible: boolean;
  frame: string;
  setVisible(v: boolean): FakeBob;
  setFrame(f: string): FakeBob;
}

function fakeBlitter() {
  const bobs: FakeBob[] = [];
  const blitter = {
    create: (x: number, y: number, frame: string, visible: boolean) => {
      const bob: FakeBob = { x, y, tint: 0, alpha: 1, visible, frame, setVisible: (v) => ((bob.visible = v), bob), setFrame: (f) => ((bob.frame = f), bob) };
      bobs.push(bob);
      return bob;
    },
  };
  return { bobs, blitter: blitter as never };
}

/** A right-angled path, (0,0) → (0,100) → (100,100), its first point repeated to fill PATH_POINTS (zero-length legs). */
function lShape(fate: 0 | 1 | 2) {
  const pts = [0, 0, 0, 100, 100, 100];
  return (out: Float32Array, at: number) => {
    for (let k = 0; k < PATH_POINTS; k++) {
      const p = Math.max(0, k - (PATH_POINTS - 3)) * 2;
      out[at + k * 2] = pts[p]!;
      out[at + k * 2 + 1] = pts[p + 1]!;
    }
    return fate;
  };
}

const centre = (b: FakeBob) => ({ x: b.x + PARTICLE_SIZE / 2, y: b.y + PARTICLE_SIZE / 2 });

describe('TrafficParticles', () => {
  it('moves a particle along its legs at the given speed and retires it at the end', () => {
    const { bobs, blitter } = fakeBlitter();
    const p = new TrafficParticles(blitter, 4, () => 0);
    expect(bobs).toHaveLength(4);
    expect(bobs.every((b) => !b.visible)).toBe(true);
    // 100 px/s; a rate of 10/s over 100 ms spawns exactly one particle, at the start.
    p.step(100, 100, 10, lShape(0));
    expect(p.active).toBe(1);
    expect(centre(bobs[0]!)).toEqual({ x: 0, y: 10 });
    p.step(100, 100, 0, lShape(0));
    expect(centre(bobs[0]!)).toEqual({ x: 0, y: 20 });
    for (let k = 0; k < 9; k++) p.step(100, 100, 0, lShape(0));
    // 110 px along: 10 px into the second leg.
    expect(centre(bobs[0]!).x).toBeCloseTo(10);
    expect(centre(bobs[0]!).y).toBeCloseTo(100);
    for (let k = 0; k < 10; k++) p.step(100, 100, 0, lShape(0));
    expect(p.active).toBe(0);
    expect(bobs[0]!.visible).toBe(false);
  });

  it('turns a request red on the last leg into a dead target, and fades it out by frame over the last 10 px', () => {
    const { bobs, blitter } = fakeBlitter();
    const p = new TrafficParticles(blitter, 4, () => 0);
    p.step(100, 100, 10, lShape(1));
    expect(bobs[0]!.tint).toBe(0xffffff);
    for (let k = 0; k < 10; k++) p.step(100, 100, 0, lShape(1));
    expect(bobs[0]!.tint).not.toBe(0xffffff);
    for (let k = 0; k < 8; k++) p.step(100, 100, 0, lShape(1));
    expect(bobs[0]!.frame).toBe(PARTICLE_FRAME);
    p.step(50, 100, 0, lShape(1));
    // 195 of 200 px: 5 px left, half faded. Alpha itself is never touched.
    expect(bobs[0]!.frame).toBe(PARTICLE_FADE_FRAMES[2]);
    expect(bobs.every((b) => b.alpha === 1)).toBe(true);
    // A new particle in a faded Bob starts bright again.
    p.step(60, 100, 100, lShape(1));
    expect(p.active).toBeGreaterThan(0);
    expect(bobs[0]!.frame).toBe(PARTICLE_FRAME);
  });

  it('keeps to its pool, skips routes that draw nothing and swaps the survivors into place', () => {
    const { bobs, blitter } = fakeBlitter();
    const p = new TrafficParticles(blitter, 3, () => 0);
    p.step(100, 100, 100, lShape(0));
    expect(p.active).toBe(3);
    expect(bobs).toHaveLength(3);
    p.step(100, 100, 100, () => -1);
    expect(p.active).toBe(3);
    p.clear();
    expect(p.active).toBe(0);
    expect(bobs.every((b) => !b.visible)).toBe(true);
  });
});
