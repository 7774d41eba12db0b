import { expect, test } from '@playwright/test';
import { drawnColours } from './drawnColours';
import { collectErrors } from './errors';

/**
 * Side by side with par (classroom mode) shows both runs' boards, each drawn from its own run, and
 * frees both when the screen goes: no canvas (and so no WebGL context) is left behind.
 */
test('side by side shows the player\'s board and par\'s, both drawn, and leaves no board behind', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?test=1&level=spare-tyre&mode=classroom&seed=1');
  await page.getByRole('button', { name: 'Side by side with par' }).click();
  const split = page.getByRole('region', { name: 'Side by side with par' });
  const you = split.getByRole('region', { name: 'You' }).getByRole('img', { name: /The estate board/ });
  const par = split.getByRole('region', { name: 'Par: the reference solution' }).getByRole('img', { name: /The estate board/ });
  await expect(you).toBeVisible();
  await expect(par).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(2);
  // Readable at 1920×1080: each board has most of its half's width and a real height, in view.
  for (const board of [you, par]) {
    const box = (await board.boundingBox())!;
    expect(box.width).toBeGreaterThan(600);
    expect(box.height).toBeGreaterThan(350);
    expect(box.y + box.height).toBeLessThanOrEqual(1080);
  }
  // Par builds an Auto Scaling group at once and retires web-1..3 at 180 s; the player does nothing.
  await page.evaluate(() => window.__blastRadius!.advance(600));
  await expect.poll(() => drawnColours(page, you)).toBeGreaterThan(20);
  await expect.poll(() => drawnColours(page, par)).toBeGreaterThan(20);
  // Each board draws its own run.
  await expect.poll(async () => (await you.screenshot()).equals(await par.screenshot())).toBe(false);
  // The figures stay beside the boards.
  await expect(page.getByLabel('Your simulated time')).toHaveText('00:10:00 / 03:00:00');
  await expect(split.getByLabel('Par estate')).toContainText('desired 3');

  // Restart mounts two new boards in place of the two old ones; leaving frees both.
  await page.getByRole('button', { name: 'Restart' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, do it' }).click();
  await expect(page.getByLabel('Par simulated time')).toHaveText('00:00:00 / 03:00:00');
  await expect(page.locator('canvas')).toHaveCount(2);
  await page.getByRole('button', { name: 'Levels' }).click();
  await expect(page.locator('.screen.level-select')).toBeVisible();
  await expect(page.locator('canvas')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('on a phone the two runs stack, each figure on its own row', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?test=1&level=spare-tyre&mode=classroom&seed=1');
  await page.getByRole('button', { name: 'Side by side with par' }).click();
  const halves = page.locator('.split-half');
  await expect(halves).toHaveCount(2);
  const [you, par] = [(await halves.nth(0).boundingBox())!, (await halves.nth(1).boundingBox())!];
  expect(par.y).toBeGreaterThanOrEqual(you.y + you.height);
  // Two figures side by side in a phone's half-width broke "Degraded: requests failing" mid-word.
  const lefts = await page.locator('.split-half.par .hud-item').evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
});
