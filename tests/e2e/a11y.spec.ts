import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './errors';

/** Serious and critical axe violations on the current screen, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('no serious or critical axe violation on any DOM screen', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const scans: Record<string, string[]> = {};
  await page.goto('/?test=1');
  await expect(page.locator('.screen.title')).toBeVisible();
  scans.title = await seriousViolations(page);

  await page.keyboard.press('s');
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  scans.settings = await seriousViolations(page);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.level-select')).toBeVisible();
  scans.levelSelect = await seriousViolations(page);

  await page.locator('#level-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"formatVersion": 1, "id": 3}') });
  await expect(page.getByRole('dialog', { name: /cannot be played/ })).toBeVisible();
  scans.levelProblems = await seriousViolations(page);
  await page.keyboard.press('Escape');

  await page.locator('button[data-level="spare-tyre"]').click();
  await expect(page.locator('.screen.briefing')).toBeVisible();
  scans.briefing = await seriousViolations(page);

  await page.keyboard.press('Enter');
  await page.evaluate(() => window.__blastRadius!.advance(3700));
  await page.locator('.estate-item[data-kind="instance"]').first().click();
  scans.play = await seriousViolations(page);

  await page.getByRole('button', { name: /^Terminate/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  scans.confirm = await seriousViolations(page);
  await page.keyboard.press('Escape');

  await page.evaluate(() => window.__blastRadius!.advance(10_000_000));
  await expect(page.locator('.screen.debrief')).toBeVisible();
  scans.debrief = await seriousViolations(page);

  expect(scans).toEqual({ title: [], settings: [], levelSelect: [], levelProblems: [], briefing: [], play: [], confirm: [], debrief: [] });
  expect(errors).toEqual([]);
});
