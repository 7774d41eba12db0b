import { expect, test } from '@playwright/test';
import { advanceTo, selectInEstate } from './testClock';
import { collectErrors } from './errors';

/**
 * Level 4, the spare tyre (High Availability), played through the UI as a new player would: the
 * Auto Scaling group is made with the form on its Region (AZs, type, sizes, load balancer, health
 * checks), then the hand-made servers are terminated. The test hook only fast-forwards time.
 */

test('04 the spare tyre: an Auto Scaling group made with the form rebuilds the fleet; won ★★★', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const shot = (name: string) => page.screenshot({ path: testInfo.outputPath(`${name}.png`) });

  await page.goto('/?test=1&level=spare-tyre&seed=1');
  await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();

  await selectInEstate(page, 'region', 'us-east-1');
  // Space pauses and resumes even with the estate item just clicked still focused.
  const pause = page.locator('[data-control="pause"]');
  const before = (await pause.textContent()) ?? '';
  await page.keyboard.press(' ');
  await expect(pause).not.toHaveText(before);
  await page.keyboard.press(' ');
  await expect(pause).toHaveText(before);
  await expect(page.locator('.estate-item[data-kind="region"][data-id="us-east-1"]')).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: /^Create Auto Scaling group…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New Auto Scaling group in us-east-1' });
  await expect(dialog).toBeVisible();
  // Every AZ of the Region is ticked, and the price of the choices is shown before committing.
  for (const z of ['use1-az1', 'use1-az2', 'use1-az3']) await expect(dialog.getByRole('checkbox', { name: z })).toBeChecked();
  await expect(dialog.getByRole('status')).toContainText('3 × m5.large launch now');
  // A choice the simulation would refuse says why, and the button waits.
  await dialog.getByRole('spinbutton', { name: 'Minimum' }).fill('5');
  await expect(dialog.getByRole('status')).toContainText('Not yet:');
  await expect(dialog.getByRole('button', { name: 'Create group' })).toBeDisabled();
  await dialog.getByRole('spinbutton', { name: 'Minimum' }).fill('3');
  await expect(dialog.getByRole('button', { name: 'Create group' })).toBeEnabled();
  await shot('01-create-group-form');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.feedback')).toHaveText('Create Auto Scaling group: done.');
  await expect(page.locator('.estate-item[data-kind="scalingGroup"]')).toHaveCount(1);

  // Once the group's instances serve, the hand-made single-AZ fleet goes.
  await advanceTo(page, 180);
  for (const id of ['web-1', 'web-2', 'web-3']) {
    await selectInEstate(page, 'instance', id);
    await page.keyboard.press('t');
    await page.getByRole('button', { name: 'Yes, do it' }).click();
    await expect(page.locator('.feedback')).toHaveText('Terminate: done.');
  }
  await shot('02-group-serving');
  await page.evaluate(() => window.__blastRadius!.advance(10_000_000));
  await expect(page.getByRole('heading', { level: 2, name: /^Won: / })).toBeVisible();
  await expect(page.locator('.stars.big')).toHaveAttribute('aria-label', '3 of 3 stars');
  // The verdict has focus, so a stray Space or Enter meant for the game does not skip the debrief.
  await expect(page.locator('#debrief-heading')).toBeFocused();
  await page.keyboard.press(' ');
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.debrief')).toBeVisible();
  // The lesson is composed from this run: the group's replacement, so the spare tyre is named, and
  // the level's reference run on the same seed, measured in the worker, did no better.
  const lesson = page.locator('.run-lesson');
  await expect(lesson.locator('.lesson-happened')).toContainText(/High Availability: replaced by the Auto Scaling group in \d+ min/);
  await expect(lesson).toContainText('the spare tyre');
  await expect(lesson.locator('.lesson-compare')).toContainText(/On this seed the level's reference run kept 98\.\d\d % uptime .*: you did as well on uptime/);
  await shot('03-debrief');
  expect(errors).toEqual([]);
});

test('04 the spare tyre without its lesson: the debrief says nothing protected the shop and what High Availability would have changed', async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await page.goto('/?test=1&level=spare-tyre&seed=1');
  await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  // The player does nothing: the three servers stay in one AZ with no group.
  await page.evaluate(() => window.__blastRadius!.advance(10_000_000));
  await expect(page.getByRole('heading', { level: 2, name: /^Lost: / })).toBeVisible();
  await expect(page.locator('.screen.debrief')).toBeVisible();
  const lesson = page.locator('.run-lesson');
  await expect(lesson.locator('.lesson-happened')).toContainText('AZ power interruption');
  await expect(lesson.locator('.lesson-happened')).toContainText('No protection: down until the power returned');
  await expect(lesson).not.toContainText('spare tyre');
  await expect(lesson.locator('.lesson-compare')).toContainText(/^What High Availability would have changed: on this seed the level's reference run kept 98\.\d\d % uptime for \$[\d.]+; yours kept 8\d\.\d\d %/);
  await page.screenshot({ path: testInfo.outputPath('debrief-without-lesson.png'), fullPage: true });
  expect(errors).toEqual([]);
});
