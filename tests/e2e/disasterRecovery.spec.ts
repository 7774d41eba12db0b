import { expect, test } from '@playwright/test';
import { advanceTo, selectInEstate } from './testClock';
import { collectErrors } from './errors';

/**
 * Level 8, the parachute (Disaster Recovery), played through the UI as the briefing tells a new
 * player: select us-west-2, set up a pilot light there with the form (primary and DR Region named),
 * and pull the cord when us-east-1 goes down. The test hook only fast-forwards time.
 */

test('08 the parachute: a pilot light set up from the DR Region, a failover when the primary falls; won ★★★', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });

  await page.goto('/?test=1&level=parachute&seed=1');
  await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();

  await selectInEstate(page, 'region', 'us-west-2');
  await page.keyboard.press('d');
  const dialog = page.getByRole('dialog', { name: 'Set up Disaster Recovery' });
  await expect(dialog).toBeVisible();
  // Selecting the DR Region does not make it the primary.
  await expect(dialog.getByRole('combobox', { name: /^Primary Region/ })).toHaveValue('us-east-1');
  await expect(dialog.getByRole('combobox', { name: /^DR Region/ })).toHaveValue('us-west-2');
  await dialog.getByRole('combobox', { name: 'Posture' }).selectOption({ label: 'pilot light' });
  await expect(dialog.getByRole('status')).toContainText('pilot light: a live database replica');
  await shot('01-dr-form');
  await dialog.getByRole('button', { name: 'Set up DR' }).click();
  await expect(page.locator('.feedback')).toHaveText('Set up Disaster Recovery: done.');
  // The posture protects nothing until its copy of the data is built (30 minutes), and says so.
  const drRegion = page.locator('.estate-item[data-kind="region"][data-id="us-west-2"]');
  await expect(drRegion).toContainText('DR pilot light (being built)');
  await shot('01b-dr-being-built');
  await advanceTo(page, 1_860);
  await expect(drRegion).toContainText('DR pilot light');
  await expect(drRegion).not.toContainText('being built');

  // The Region falls at 19,800 s; the reference pulls the cord two minutes later.
  await advanceTo(page, 19_920);
  await selectInEstate(page, 'region', 'us-west-2');
  await page.getByRole('button', { name: /^Fail over to us-west-2/ }).click();
  await expect(page.locator('.feedback')).toHaveText('Fail over to us-west-2: done.');
  await shot('02-failing-over');
  await page.evaluate(() => window.__blastRadius!.advance(10_000_000));
  await expect(page.getByRole('heading', { level: 2, name: /^Won: / })).toBeVisible();
  await expect(page.locator('.stars.big')).toHaveAttribute('aria-label', '3 of 3 stars');
  expect(errors).toEqual([]);
});
