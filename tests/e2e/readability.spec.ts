import { expect, test, type Page } from '@playwright/test';
import { colourPixels } from './drawnColours';
import { collectErrors } from './errors';

/** Opens a level from its link and starts it, one simulated minute in, paused (test mode). */
async function play(page: Page, query: string): Promise<void> {
  await page.goto(`/?test=1&seed=1&${query}`);
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('img', { name: /The estate board/ })).toBeVisible();
  await page.evaluate(() => window.__blastRadius!.advance(60));
}

/** How many pixels of the selection outline's yellow (#f0e442) the board's canvas shows. */
const selectionPixels = (page: Page): Promise<number> => colourPixels(page, page.locator('.board canvas'), [0xf0, 0xe4, 0x42], [12, 12, 24]);

test.describe('HiDPI', () => {
  test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  test('the board is drawn at the device pixel ratio, not upscaled', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await play(page, 'level=spare-tyre');
    const canvas = page.locator('.board canvas');
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width - 2 * c.clientWidth)).toBe(0);
    const size = await canvas.evaluate((c: HTMLCanvasElement) => ({ w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }));
    expect(size.cw).toBeGreaterThan(300);
    expect(size.h).toBe(2 * size.ch);
    await page.screenshot({ path: testInfo.outputPath('hidpi.png') });
    expect(errors).toEqual([]);
  });
});

test.describe('projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('in the presenter view the smallest board label is at least as big as the body text', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await play(page, 'level=data-tier&mode=classroom');
    const board = page.locator('.board');
    await expect(board).toHaveAttribute('data-smallest-label-px', /\d/);
    const label = Number(await board.getAttribute('data-smallest-label-px'));
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.estate-item')!).fontSize));
    expect(label).toBeGreaterThanOrEqual(20);
    expect(label).toBeGreaterThanOrEqual(body);
    await page.screenshot({ path: testInfo.outputPath('projector.png') });
    expect(errors).toEqual([]);
  });
});

test.describe('laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('"Zoom in" zooms towards the selection, which stays on the board', async ({ page }) => {
    await play(page, 'level=spare-tyre');
    await page.locator('.estate-item[data-kind="instance"][data-id="web-1"]').click();
    await expect.poll(() => selectionPixels(page)).toBeGreaterThan(100);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    // Zoomed about the middle of the view, web-1 (top left of the first AZ) would be off the board.
    await expect.poll(() => selectionPixels(page)).toBeGreaterThan(400);
    await expect(page.locator('.board')).toHaveAttribute('data-zoom', '3.375');
  });

  for (const level of ['data-tier', 'chaos-day']) {
    test(`at 1280×800 on ${level} the whole board and the selection's actions show without scrolling`, async ({ page }, testInfo) => {
      const errors = collectErrors(page);
      await play(page, `level=${level}`);
      await page.locator('.estate-item[data-kind="instance"]').first().click();
      const buttons = page.locator('.actions-list button');
      await expect(buttons.first()).toBeVisible();
      const m = await page.evaluate(() => {
        const context = document.querySelector('.context')!.getBoundingClientRect();
        return {
          scrollY: window.scrollY,
          innerHeight: window.innerHeight,
          board: document.querySelector('.board')!.getBoundingClientRect().bottom,
          canvas: document.querySelector('.board canvas')!.getBoundingClientRect().bottom,
          context: { top: context.top, bottom: context.bottom },
          actions: [...document.querySelectorAll('.actions-list button')].map((b) => ({ top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom })),
        };
      });
      await page.screenshot({ path: testInfo.outputPath(`fold-${level}.png`) });
      expect(m.scrollY).toBe(0);
      expect(m.board).toBeLessThanOrEqual(m.innerHeight);
      expect(m.canvas).toBeLessThanOrEqual(m.innerHeight);
      expect(m.actions.length).toBeGreaterThan(0);
      for (const a of m.actions) {
        expect(a.top).toBeGreaterThanOrEqual(Math.max(0, m.context.top));
        expect(a.bottom).toBeLessThanOrEqual(Math.min(m.innerHeight, m.context.bottom));
      }
      expect(errors).toEqual([]);
    });
  }

  test('the sandbox card on the level list reads as one line', async ({ page }) => {
    await page.goto('/?test=1');
    await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
    await page.keyboard.press('Enter');
    const card = page.getByRole('button', { name: /Sandbox lab/ });
    await expect(card).toBeVisible();
    const m = await card.evaluate((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      const first = document.createRange();
      first.selectNodeContents(b.firstChild!);
      return { lines: lines.size, words: first.getBoundingClientRect().width, card: b.getBoundingClientRect().width };
    });
    expect(m.lines).toBe(1);
    // "Sandbox lab:" has its natural width, not a 2.5rem column's.
    expect(m.words).toBeGreaterThan(80);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });
  test('on a touch screen the actions open right under what was tapped, with no keyboard hints', async ({ page }, testInfo) => {
    const errors = collectErrors(page);
    await play(page, 'level=spare-tyre');
    const row = page.locator('.estate-item[data-kind="instance"][data-id="web-2"]');
    await row.tap();
    await expect(page.getByRole('heading', { name: 'Instance web-2' })).toBeVisible();
    const first = page.locator('.actions-list button').first();
    const fromRow = async () => {
      const r = (await row.boundingBox())!;
      const a = (await first.boundingBox())!;
      return { gap: a.y - (r.y + r.height), top: a.y, bottom: a.y + a.height };
    };
    const near = await fromRow();
    expect(near.gap).toBeGreaterThanOrEqual(0);
    expect(near.gap).toBeLessThan(120);
    expect(near.top).toBeGreaterThanOrEqual(0);
    expect(near.bottom).toBeLessThanOrEqual(844);
    await page.screenshot({ path: testInfo.outputPath('phone-row.png') });
    // Buttons carry no keyboard hints on a touch screen.
    expect(await page.locator('button kbd').evaluateAll((ks) => ks.filter((k) => k.getClientRects().length > 0).length)).toBe(0);

    // A tile tapped on the board: where web-2 shows (as the board reports its selection), after closing.
    const focus = (await page.locator('.board').getAttribute('data-focus'))!.split(',').map(Number) as [number, number];
    await page.getByRole('button', { name: 'Close' }).tap();
    await expect(page.locator('.context-close')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Instance web-2' })).toHaveCount(0);
    await page.locator('.board canvas').evaluate((c) => c.scrollIntoView({ block: 'start' }));
    const canvas = (await page.locator('.board canvas').boundingBox())!;
    await page.touchscreen.tap(canvas.x + focus[0], canvas.y + focus[1]);
    await expect(page.getByRole('heading', { name: 'Instance web-2' })).toBeVisible();
    const tile = (await page.locator('.board canvas').boundingBox())!.y + focus[1];
    const a = (await first.boundingBox())!;
    expect(a.y - tile).toBeGreaterThan(0);
    expect(a.y - tile).toBeLessThan(160);
    expect(a.y + a.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: testInfo.outputPath('phone-board.png') });
    expect(errors).toEqual([]);
  });
});
