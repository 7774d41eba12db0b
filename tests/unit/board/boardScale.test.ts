import { describe, expect, it } from 'vitest';
import { boardScale, PRESENTER_LABEL_PX, SMALLEST_LABEL } from '../../../src/view/board/layout/boardScale';

describe('boardScale (how big the board and its labels are drawn)', () => {
  it('draws the board 1:1 in plain play, on a laptop, a projector-sized window and a phone', () => {
    expect(boardScale({ presenter: false, width: 812, height: 420 })).toBe(1);
    expect(boardScale({ presenter: false, width: 1270, height: 760 })).toBe(1);
    expect(boardScale({ presenter: false, width: 366, height: 420 })).toBe(1);
  });

  it('makes the smallest label at least as big as the body text in the presenter view at 1920×1080', () => {
    // The board's room there: the page minus the side column and the HUD.
    const s = boardScale({ presenter: true, width: 1270, height: 700 });
    expect(SMALLEST_LABEL * s).toBeGreaterThanOrEqual(PRESENTER_LABEL_PX);
    expect(PRESENTER_LABEL_PX).toBeGreaterThanOrEqual(20);
  });

  it('gives way in a small presenter window, never below 1:1', () => {
    const s = boardScale({ presenter: true, width: 700, height: 450 });
    expect(s).toBeGreaterThan(1);
    expect(s).toBeLessThan(2);
    expect(700 / s).toBeGreaterThanOrEqual(560);
    expect(boardScale({ presenter: true, width: 390, height: 300 })).toBe(1);
  });
});
