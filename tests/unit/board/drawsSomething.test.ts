import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { drawsSomething } from '../../../src/view/board/scene/drawsSomething';

// Phaser's own command codes: a plain CommonJS table in its sources (not in its package exports),
// loaded by path so the test follows Phaser if the codes ever change.
const phaserFile = fileURLToPath(new URL('../../../node_modules/phaser/src/gameobjects/graphics/Commands.js', import.meta.url));
const Commands = createRequire(import.meta.url)(phaserFile) as Record<string, number>;

describe('drawsSomething', () => {
  it('sees nothing in a cleared Graphics that only holds its default styles', () => {
    expect(drawsSomething({ commandBuffer: [] })).toBe(false);
    expect(drawsSomething({ commandBuffer: [Commands.LINE_STYLE, 1, 0, 0, Commands.FILL_STYLE, 0, 0] })).toBe(false);
  });

  it('sees a shape after the styles, whatever numbers the style arguments hold', () => {
    const styled = [Commands.LINE_STYLE, 2, Commands.FILL_RECT, 1, Commands.FILL_STYLE, Commands.FILL_PATH, 1];
    expect(drawsSomething({ commandBuffer: styled })).toBe(false);
    expect(drawsSomething({ commandBuffer: [...styled, Commands.FILL_RECT, 0, 0, 10, 10] })).toBe(true);
    expect(drawsSomething({ commandBuffer: [Commands.BEGIN_PATH, Commands.ARC, 0, 0, 5, 0, 6.28, false, 0, Commands.STROKE_PATH] })).toBe(true);
  });
});
