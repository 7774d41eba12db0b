import { expect, test } from '@playwright/test';
import { advanceTo, finish, selectInEstate } from './testClock';
import { collectErrors } from './errors';

/**
 * The first three campaign levels, played through the UI as a person would: keyboard and mouse on
 * the estate list and the action panel. The test hook is used only to fast-forward time.
 */

test('play levels 1–3: win one, lose one, read the debriefs', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  await page.goto('/?test=1');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  await shot('01-title');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Campaign' })).toBeVisible();
  await shot('02-level-select');

  // Level 1, the lifecycle: start the day pair in the morning, stop it at night, start what Tuesday morning needs.
  await page.locator('button[data-level="lifecycle"]').click();
  await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
  await shot('03-briefing');
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await advanceTo(page, 3600);
  for (const id of ['day-1', 'day-2']) {
    await selectInEstate(page, 'instance', id);
    await expect(page.getByRole('heading', { name: `Instance ${id}` })).toBeVisible();
    await page.getByRole('button', { name: /^Start/ }).click();
    await expect(page.locator('.feedback')).toHaveText('Start: done.');
  }
  await advanceTo(page, 1800 + 3600);
  await shot('04-play');
  await advanceTo(page, 54000);
  for (const id of ['day-1', 'day-2']) {
    await selectInEstate(page, 'instance', id);
    await page.keyboard.press('o'); // the "Stop" shortcut shown on its button
    await expect(page.locator('.feedback')).toHaveText('Stop: done.');
  }
  await advanceTo(page, 90000);
  // Before 10:00 one of the pair is enough; starting both would cost more than par.
  await selectInEstate(page, 'instance', 'day-1');
  await page.keyboard.press('a');
  await expect(page.locator('.feedback')).toHaveText('Start: done.');
  await finish(page);
  await expect(page.getByRole('heading', { level: 2, name: /^Won: / })).toBeVisible();
  await expect(page.locator('.lesson')).toContainText('Stop what idles');
  await expect(page.locator('.stars.big')).toHaveAttribute('aria-label', '3 of 3 stars');
  await shot('05-debrief-won');
  expect((await page.evaluate(() => window.__blastRadius!.snapshot())).outcome).toBe('won');

  // Level 2, vertical scaling, played without its lesson: never resize. It is lost.
  await page.getByRole('button', { name: /^Next level/ }).click();
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await finish(page);
  await expect(page.getByRole('heading', { level: 2, name: /^Lost: / })).toBeVisible();
  await expect(page.locator('.results')).toContainText('missed');
  await expect(page.locator('.lesson')).toContainText('stop → change → start');
  await shot('06-debrief-lost');

  // Level 3, horizontal scaling: sessions into the store, then more servers behind the load balancer,
  // one to spare and one more after the first server is lost (the reference, levels/solutions).
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: /horizontal|Horizontal|sessions|Sessions/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await selectInEstate(page, 'service', 'service');
  await page.getByRole('button', { name: /Keep sessions in a store/ }).click();
  await expect(page.locator('.feedback')).toHaveText('Keep sessions in a store: done.');
  for (const [second, zone] of [[1200, 'use1-az2'], [2400, 'use1-az3'], [3600, 'use1-az1'], [4560, 'use1-az2']] as const) {
    await advanceTo(page, second);
    await selectInEstate(page, 'zone', zone);
    await page.getByRole('button', { name: /^Launch m5\.4xlarge/ }).click();
  }
  await finish(page);
  await expect(page.getByRole('heading', { level: 2, name: /^Won: / })).toBeVisible();

  // Settings: a scene of its own.
  await page.keyboard.press('Escape');
  await page.keyboard.press('s');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await shot('07-settings');
  await page.keyboard.press('Escape');

  // Progress was saved: stars show on the level select.
  await expect(page.locator('button[data-level="lifecycle"]')).toContainText('3 of 3 stars');
  expect(errors).toEqual([]);
});
