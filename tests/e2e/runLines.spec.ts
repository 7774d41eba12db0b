import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { advanceTo, simSeconds } from './testClock';
import { parseLevel } from '../../src/levels/parseLevel';
import { recordReplay } from '../../src/replays/replayFile';
import { encodeResultCode } from '../../src/replays/resultCode';
import { collectErrors } from './errors';

/**
 * Lines a class reads off the projector must be true: the header's announcement lines belong to the
 * run on screen and to things that still exist, "Levels" does not throw a run away without asking,
 * and the teacher's Class results flag one run handed in under two names. Played through the UI;
 * the test hook only moves time.
 */
const tick = simSeconds;

test('Levels asks before ending a run under way; no line from an earlier run shows on a fresh side-by-side run or on Class results', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const alert = page.locator('#alert');
  const status = page.locator('#status');
  const levels = page.getByRole('toolbar', { name: 'Clock' }).getByRole('button', { name: 'Levels' });

  await page.goto('/?test=1&level=spare-tyre&seed=1&mode=classroom');
  await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  // Not started yet: nothing to lose, so no question.
  await levels.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Campaign' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.locator('button.level[data-level="spare-tyre"]').click();
  await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  // The power cut in use1-az1 at 01:00:00 is announced on the header's urgent line.
  await advanceTo(page, 3610);
  await expect(alert).toContainText('use1-az1 down');

  // Under way: Levels asks, with Cancel focused; Esc cancels and the run goes on where it was.
  await levels.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Leave this run for the level list?');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('leave-question.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.screen.play')).toBeVisible();
  expect(await tick(page)).toBe(3610);
  // Restart asks the same (it too ends the run unscored); Esc keeps the run where it was.
  await page.getByRole('toolbar', { name: 'Clock' }).getByRole('button', { name: 'Restart' }).click();
  await expect(dialog).toContainText('Restart this level from the beginning?');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await tick(page)).toBe(3610);
  // By keyboard: Tab to "Yes, do it", Enter.
  await levels.focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Yes, do it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Campaign' })).toBeVisible();
  // The run is gone, and so is its news.
  await expect(alert).toHaveText('');

  // A fresh run side by side with par: nothing from the run before.
  await page.locator('button.level[data-level="spare-tyre"]').click();
  await page.getByRole('button', { name: 'Side by side with par' }).click();
  await expect(page.locator('.side-by-side')).toBeVisible();
  await expect(alert).toHaveText('');
  await expect(status).toHaveText(/started, side by side with par/);
  // Its own outage is announced (and taken down once the AZ is back: tests/unit/hud/runLines.test.ts).
  await advanceTo(page, 3610);
  await expect(alert).toContainText('use1-az1 down');
  await advanceTo(page, 3600 + 1800 + 120 + 5);
  await expect(alert).not.toContainText('use1-az1');

  // The run's end is announced on its debrief, and goes with it.
  await advanceTo(page, 10_800);
  await expect(page.getByRole('heading', { level: 2, name: /^Lost: 4. The spare tyre/ })).toBeVisible();
  await expect(alert).toContainText('of 3 stars');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Campaign' })).toBeVisible();
  await expect(alert).toHaveText('');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Teacher: check class results' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Class results' })).toBeVisible();
  await expect(alert).toHaveText('');
  await expect(status).not.toContainText(/use1-az|stars|started/);
  expect(errors).toEqual([]);
});

test('Class results flag one run handed in under two names, in words, and keep both', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = collectErrors(page);
  const parsed = parseLevel(JSON.parse(readFileSync(new URL('../../levels/campaign/04-spare-tyre.json', import.meta.url), 'utf8')) as unknown, 'spare-tyre');
  if (!parsed.ok) throw new Error('spare-tyre does not parse');
  const launch = (n: number) => Array.from({ length: n }, (_, i) => ({ atSeconds: 60 + i, command: { type: 'instance.launch' as const, zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } }));
  const [one, two] = await Promise.all([encodeResultCode(recordReplay(parsed.scenario, 1, launch(1))), encodeResultCode(recordReplay(parsed.scenario, 1, launch(2)))]);

  await page.goto('/?test=1');
  await page.getByRole('button', { name: 'Teacher: check class results' }).click();
  await page.getByLabel(/^Result codes, one per line/).fill([`Ada: ${one}`, `Bo: ${two}`, `Cy: ${one}`].join('\n'));
  await page.getByRole('button', { name: 'Check results' }).click();
  await expect(page.locator('.class-status')).toHaveText('3 accepted, 0 rejected, of 3. 1 run was handed in under more than one name (see below).', { timeout: 60_000 });
  const flagged = page.getByRole('region', { name: '⚠ Same run under more than one name (1)' });
  await expect(flagged.getByRole('listitem')).toHaveText(['Ada and Cy: the same run']);
  const rows = page.locator('.class-level tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).getByRole('rowheader')).toHaveText('Ada ⚠ same run as Cy');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('Bo');
  await expect(rows.nth(2).getByRole('rowheader')).toHaveText('Cy ⚠ same run as Ada');
  expect(errors).toEqual([]);
});
