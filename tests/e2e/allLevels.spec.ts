import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { collectErrors } from './errors';
import { UiPlayer, type ScriptLine } from './uiPlayer';

/**
 * Every campaign level's reference solution, played through the UI only (clicks, keys and forms;
 * see uiPlayer.ts) at 1280×800, wins ★★★ on seed 1. Levels are read from the folder, so a level
 * added later is played too. The test hook only fast-forwards the clock between commands.
 */
const LEVELS = fileURLToPath(new URL('../../levels', import.meta.url));
const CAMPAIGN = readdirSync(`${LEVELS}/campaign`)
  .filter((f) => /^\d\d-.+\.json$/.test(f))
  .sort()
  .map((f) => {
    const id = (JSON.parse(readFileSync(`${LEVELS}/campaign/${f}`, 'utf8')) as { id: string }).id;
    const win = JSON.parse(readFileSync(`${LEVELS}/solutions/${id}.win.json`, 'utf8')) as ScriptLine[];
    return { file: f.replace(/\.json$/, ''), id, win };
  });

test.use({ viewport: { width: 1280, height: 800 } });

for (const level of CAMPAIGN) {
  test(`${level.file}: the reference, played through the UI, wins ★★★`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const errors = collectErrors(page);
    await page.goto(`/?test=1&level=${level.id}&seed=1`);
    await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('.screen.play')).toBeVisible();
    const player = new UiPlayer(page);
    for (const line of level.win) {
      await player.advanceTo(line.atSeconds);
      expect(await player.now(), `${line.command.type} at ${line.atSeconds} s`).toBe(line.atSeconds);
      await player.play(line.command);
    }
    await page.screenshot({ path: testInfo.outputPath('played.png') });
    await player.finish();
    await expect(page.getByRole('heading', { level: 2, name: /^Won: / })).toBeVisible();
    await expect(page.locator('.stars.big')).toHaveAttribute('aria-label', '3 of 3 stars');
    expect(errors).toEqual([]);
  });
}
