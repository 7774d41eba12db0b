import { describe, expect, it } from 'vitest';
import { INSTANCE_STATES } from '../../../src/sim';
import { OKABE_ITO } from '../../../src/view/board/look/palette';
import { badgeFor, BAR_STEPS, barStep, barTint, TILE_KEYS, TILE_STYLE, tileFrame, tileKey } from '../../../src/view/services/instance/tileLook';
import { levelWorld } from './worlds';

describe('tile looks', () => {
  it('gives every lifecycle state its own shape and word, not just a colour', () => {
    const icons = new Set(INSTANCE_STATES.map((s) => `${TILE_STYLE[s].icon}`));
    const labels = new Set(TILE_KEYS.map((s) => TILE_STYLE[s].label));
    expect(labels.size).toBe(TILE_KEYS.length);
    // pending and warming share the "◔" shape but differ in word and fill; everything else differs in shape.
    expect(icons.size).toBe(INSTANCE_STATES.length);
    expect(TILE_STYLE.running.fill).toBe(OKABE_ITO.green);
    expect(TILE_STYLE.pending.fill).toBe(OKABE_ITO.skyBlue);
    expect(TILE_STYLE.stopping.fill).toBe(OKABE_ITO.orange);
    expect(TILE_STYLE.terminated.fill).toBeNull();
  });

  it('shows a booted instance whose app is not up yet as warming', () => {
    const world = levelWorld('04-spare-tyre.json');
    const inst = world.instances[0]!;
    expect(tileKey(inst, world.tick)).toBe('running');
    inst.appReadyTick = world.tick + 30;
    expect(tileKey(inst, world.tick)).toBe('warming');
    expect(tileFrame('warming', true)).toBe('warming-spot');
  });

  it('fills the utilisation bar in steps, any load showing, and colours it when hot or over', () => {
    expect(barStep(0)).toBe(0);
    expect(barStep(0.001)).toBe(1);
    expect(barStep(0.5)).toBe(BAR_STEPS / 2);
    expect(barStep(3)).toBe(BAR_STEPS);
    expect(barStep(Number.NaN)).toBe(0);
    expect(barTint(0.5)).toBe(0xffffff);
    expect(barTint(0.85)).toBe(OKABE_ITO.yellow);
    expect(barTint(1.2)).toBe(OKABE_ITO.vermillion);
  });

  it('marks an undetected dead target first, then a spot reclaim notice, then a grey failure', () => {
    const world = levelWorld('04-spare-tyre.json');
    const inst = world.instances[0]!;
    expect(badgeFor(inst, false, 0)).toBeNull();
    inst.greyUntilTick = 100;
    expect(badgeFor(inst, false, 0)).toBe('slow');
    inst.spotReclaimTick = 50;
    expect(badgeFor(inst, false, 0)).toBe('reclaim');
    expect(badgeFor(inst, true, 0)).toBe('undetected');
  });
});
