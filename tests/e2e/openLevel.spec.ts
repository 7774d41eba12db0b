import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { encodeLevelLink } from '../../src/levels/levelLink';
import { collectErrors } from './errors';

const sandboxText = readFileSync(new URL('../../levels/sandbox.json', import.meta.url), 'utf8');

test('a level opens from a file, a bad one lists its problems and saved progress stays intact', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?test=1');
  const progress = JSON.stringify({ formatVersion: 1, levels: { lifecycle: { stars: 2, bestUptimePct: 99.9, bestCostUsd: 10, plays: 1 } } });
  await page.evaluate((p) => localStorage.setItem('blast-radius.progress', p), progress);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  await page.keyboard.press('Enter');

  // A broken level: every problem, with file and path, in the game.
  const broken = JSON.parse(sandboxText) as Record<string, unknown>;
  (broken.estate as { instances: { zone: string }[] }).instances[0]!.zone = 'use1-az9';
  broken.titel = 'typo';
  await page.locator('#level-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const dialog = page.getByRole('dialog', { name: 'broken.json cannot be played' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog).toContainText('broken.json › titel: unknown field');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('blast-radius.progress'))).toBe(progress);

  // A good level goes straight to its briefing.
  await page.locator('#level-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(sandboxText) });
  await expect(page.getByRole('heading', { level: 2, name: /Sandbox/ })).toBeVisible();
  await page.getByRole('button', { name: 'Share as a link' }).click();
  await expect(page.getByLabel('Link to this level')).toHaveValue(/#level=[A-Za-z0-9_-]+$/);
  expect(errors).toEqual([]);
});

test('a level opens from a link, and a damaged link says why', async ({ page }) => {
  const errors = collectErrors(page);
  const link = await encodeLevelLink(sandboxText);
  if (!link.ok) throw new Error(link.reason);
  await page.goto(`/?test=1#${link.value}`);
  await expect(page.getByRole('heading', { level: 2, name: /Sandbox/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__blastRadius?.snapshot().scene === 'playing');

  await page.goto('/?test=1#level=AAAA$$');
  await expect(page.getByRole('dialog', { name: 'level link cannot be played' })).toContainText('level link: the level link is damaged');
  expect(errors).toEqual([]);
});

test('a level file dropped on the page opens its briefing', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?test=1');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, sandboxText);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('heading', { level: 2, name: /Sandbox/ })).toBeVisible();
  await expect(page.locator('.screen.briefing')).toBeVisible();
  expect(errors).toEqual([]);
});
