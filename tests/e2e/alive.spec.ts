import { expect, test } from '@playwright/test';
import { collectErrors } from './errors';

test('the game boots, opens the sandbox and the simulation runs', async ({ page }, testInfo) => {
  const errors = collectErrors(page);

  await page.goto('/?test=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Blast Radius' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Sandbox lab/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Sandbox/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__blastRadius !== undefined);

  // Test mode keeps the real-time clock paused: time moves only when the test advances it.
  const before = await page.evaluate(() => window.__blastRadius!.snapshot());
  expect(before).toMatchObject({ scene: 'playing', levelId: 'sandbox', simSeconds: 0, outcome: 'running' });
  const snap = await page.evaluate(() => window.__blastRadius!.advance(600));
  expect(snap.simSeconds).toBe(600);
  expect(snap.uptimePct).toBeGreaterThanOrEqual(0);
  expect(snap.uptimePct).toBeLessThanOrEqual(100);
  await expect(page.getByLabel('Simulated time')).toHaveText('00:10:00 / 02:00:00');
  await page.screenshot({ path: testInfo.outputPath('sandbox-test-mode.png'), fullPage: true });

  // The board's canvas is an image with a name; its zoom buttons are real buttons, keyboard included.
  const board = page.getByRole('img', { name: /The estate board/ });
  await expect(board).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Board zoom' });
  await expect(toolbar).toBeVisible();
  // What the canvas shows (the buttons over it masked: their focus ring is not the board).
  const drawn = async () => board.screenshot({ mask: [toolbar] });
  const fitted = await drawn();
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await drawn()).equals(fitted)).toBe(false);
  await page.getByRole('button', { name: 'Fit the board to the view' }).click();
  await expect.poll(async () => (await drawn()).equals(fitted)).toBe(true);

  // Out of test mode the real-time clock runs on its own, and no hook is installed.
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /Sandbox lab/ }).click();
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Simulated time')).not.toHaveText(/^00:00:00/, { timeout: 5000 });
  expect(await page.evaluate(() => window.__blastRadius === undefined)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('sandbox-real-time.png'), fullPage: true });

  expect(errors).toEqual([]);
});
