import { expect, test, type Page } from '@playwright/test';

/** Console errors and uncaught page errors, minus the harmless noise headless Chromium prints. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  const harmless = [/GPU stall due to ReadPixels/i, /favicon/i];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !harmless.some((re) => re.test(msg.text()))) errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}

test('the sandbox level runs and shows it is alive', async ({ page }, testInfo) => {
  const errors = collectErrors(page);

  await page.goto('/?test=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Blast Radius' })).toBeVisible();
  await expect(page.getByTestId('level-title')).toBeVisible();
  await expect(page.getByTestId('level-title')).not.toBeEmpty();
  await expect(page.getByRole('status')).toContainText('test mode');
  await page.waitForFunction(() => window.__blastRadius !== undefined);

  // Test mode starts paused: the clock stands still until the test advances it.
  await expect(page.getByTestId('alive-clock')).toHaveText('00:00:00');
  const snap = await page.evaluate(() => window.__blastRadius!.advance(600));
  expect(snap.scene).toBe('alive');
  expect(snap.simSeconds).toBe(600);
  expect(snap.outcome).toBe('running');
  expect(snap.uptimePct).toBeGreaterThanOrEqual(0);
  expect(snap.uptimePct).toBeLessThanOrEqual(100);
  expect(Number.isFinite(snap.costUsd)).toBe(true);
  await expect(page.getByTestId('alive-clock')).toHaveText('00:10:00');
  await expect(page.getByTestId('alive-uptime')).toHaveText(/^\d+(\.\d+)? %$/);
  await expect(page.getByTestId('alive-cost')).toHaveText(/^\$[\d,]+\.\d\d$/);
  expect(await page.evaluate(() => window.__blastRadius!.snapshot())).toEqual(snap);

  await page.screenshot({ path: testInfo.outputPath('alive-test-mode.png'), fullPage: true });

  // Out of test mode the real-time clock runs on its own, and no hook is installed.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Blast Radius' })).toBeVisible();
  await expect(page.getByTestId('alive-clock')).not.toHaveText('00:00:00', { timeout: 5000 });
  expect(await page.evaluate(() => window.__blastRadius === undefined)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('alive-real-time.png'), fullPage: true });

  expect(errors).toEqual([]);
});
