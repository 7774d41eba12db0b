import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './errors';

/**
 * Pacing for people: the clock stops by itself when a fault starts, and says why; level 1 starts
 * paused with a guided first minute that can be skipped and never comes back.
 */
const advance = (page: Page, n: number) => page.evaluate((s) => window.__blastRadius!.advance(s), n);
const clock = (page: Page) => page.getByLabel('Simulated time');
const banner = (page: Page) => page.locator('[data-control="pause-reason"]');

test('a fault stops the running clock on its own tick, says why, and Space carries on', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  // Real time, not test mode: the clock runs by itself at 8× (360 simulated seconds a second).
  await page.goto('/?level=spare-tyre&seed=1&speed=8');
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await expect(banner(page)).toHaveText('Paused: a power cut in use1-az1 — press Space to continue', { timeout: 40_000 });
  // It stopped right after the power cut's tick (01:00:00 on this level's elapsed clock), and stays there.
  await expect(clock(page)).toHaveText('01:00:01 / 03:00:00');
  await expect(page.getByRole('button', { name: /^Resume/ })).toBeVisible();
  await expect(page.locator('#status')).toHaveText('Paused: a power cut in use1-az1 — press Space to continue');
  await page.waitForTimeout(1000);
  await expect(clock(page)).toHaveText('01:00:01 / 03:00:00');
  await expect(page.locator('.event-log-list li').filter({ hasText: /^01:00:00 / }).first()).toBeVisible();
  await page.keyboard.press(' ');
  await expect(banner(page)).toBeHidden();
  await expect(clock(page)).not.toHaveText('01:00:01 / 03:00:00');
  expect(errors).toEqual([]);
});

test('in test mode a fault shows its reason too, and the setting turns the pause off', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?test=1&level=spare-tyre&seed=1');
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await advance(page, 3601);
  await expect(banner(page)).toHaveText('Paused: a power cut in use1-az1 — press Space to continue');
  await page.keyboard.press(' ');
  await expect(banner(page)).toBeHidden();

  // Switched off in Settings (saved), a fault no longer stops the clock.
  await page.goto('/?test=1');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  await page.keyboard.press('s');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const pacing = settings.getByLabel(/Pause when a fault starts or an alarm fires/);
  await expect(pacing).toBeChecked();
  await pacing.uncheck();
  await page.keyboard.press('Escape');
  await page.goto('/?test=1&level=spare-tyre&seed=1');
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await advance(page, 3601);
  await expect(page.locator('.event-log-list')).toContainText('01:00:00');
  await expect(banner(page)).toBeHidden();
  expect(errors).toEqual([]);
});

test('level 1 starts paused with a guided first minute: select, act, watch; done once, it never returns', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?test=1&level=lifecycle&seed=1');
  // The briefing and the HUD read the same clock: Monday 06:00 to Tuesday 10:00.
  await expect(page.locator('.objectives')).toContainText('Lasts 28 h of simulated time, from Mon 06:00 to Tue 10:00');
  await page.keyboard.press('Enter');
  const guide = page.getByRole('region', { name: 'Your first minute' });
  await expect(guide).toBeVisible();
  await expect(guide).toBeFocused();
  await expect(guide).toContainText('Step 1 of 3');
  await expect(page.locator('#status')).toContainText('Guide, step 1 of 3: Select an instance');
  await expect(clock(page)).toHaveText('Mon 06:00:00 (ends Tue 10:00)');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await page.locator('.estate-item[data-kind="instance"][data-id="day-1"]').click();
  await expect(guide).toContainText('Step 2 of 3');
  await page.keyboard.press('a'); // Start, by its shortcut
  await expect(page.locator('.feedback')).toHaveText('Start: done.');
  await expect(guide).toContainText('Step 3 of 3');
  await advance(page, 120);
  await expect(guide).toContainText('That is the whole loop');
  await expect(page.locator('.event-log-list')).toContainText('Mon 06:0');
  await guide.getByRole('button', { name: 'Got it' }).click();
  await expect(guide).toBeHidden();

  await page.getByRole('button', { name: 'Restart' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, do it' }).click();
  await expect(page.locator('.screen.play')).toBeVisible();
  await expect(page.locator('.guide')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a returning player skips the guide, and it does not come back after a reload', async ({ page }) => {
  const errors = collectErrors(page);
  // Real time: the guided level waits for the player before its clock moves.
  await page.goto('/?level=lifecycle&seed=1');
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  const guide = page.getByRole('region', { name: 'Your first minute' });
  await expect(guide).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(clock(page)).toHaveText('Mon 06:00:00 (ends Tue 10:00)');
  await page.keyboard.press('Tab');
  await expect(guide.getByRole('button', { name: 'Skip the guide' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(guide).toBeHidden();
  await expect(page.locator('#status')).toHaveText('Guide skipped. It will not come back. Space starts the clock.');
  await page.keyboard.press(' ');
  await expect(clock(page)).not.toHaveText('Mon 06:00:00 (ends Tue 10:00)');

  await page.reload();
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await expect(page.locator('.guide')).toHaveCount(0);
  expect(errors).toEqual([]);
});
