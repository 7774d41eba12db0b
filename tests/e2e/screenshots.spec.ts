import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseLevel } from '../../src/levels/parseLevel';
import { recordReplay } from '../../src/replays/replayFile';
import { encodeResultCode } from '../../src/replays/resultCode';
import { collectErrors } from './errors';

/**
 * Screenshots of every screen at the three viewports we design for, for people to look at after a
 * change: title, level select, briefing, play with a fault on the board, debrief, and the classroom's
 * teacher tools, side by side and class results. They go to test-screens/<viewport>/<name>.png
 * (git-ignored): Playwright empties test-results/ at the start of every run, which would lose them
 * to the next run of any spec. Each DOM screen is also scanned by axe at each viewport.
 */
const VIEWPORTS = [
  { name: '1280x800', viewport: { width: 1280, height: 800 }, touch: false },
  { name: '1920x1080', viewport: { width: 1920, height: 1080 }, touch: false },
  { name: '390x844-touch', viewport: { width: 390, height: 844 }, touch: true },
] as const;
const OUT = 'test-screens';

const spareTyre = (() => {
  const parsed = parseLevel(JSON.parse(readFileSync(new URL('../../levels/campaign/04-spare-tyre.json', import.meta.url), 'utf8')), 'spare-tyre');
  if (!parsed.ok) throw new Error('spare-tyre does not parse');
  return parsed.scenario;
})();
/** Three students' result codes: one did nothing, two added a server in another AZ. */
const codes = Promise.all(
  [0, 1, 2].map((n) =>
    encodeResultCode(recordReplay(spareTyre, 1, Array.from({ length: n }, (_, i) => ({ atSeconds: 60 + i, command: { type: 'instance.launch' as const, zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } })))),
  ),
);

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const { name, viewport, touch } of VIEWPORTS) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport, hasTouch: touch, isMobile: touch });

    test(`every screen, photographed and scanned by axe (${name})`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = collectErrors(page);
      const scans: Record<string, string[]> = {};
      const shoot = async (screen: string, scan = true) => {
        await page.screenshot({ path: `${OUT}/${name}/${screen}.png`, fullPage: true });
        if (scan) scans[screen] = await seriousViolations(page);
      };

      await page.goto('/?test=1');
      await expect(page.locator('.screen.title')).toBeVisible();
      await shoot('title');
      await page.getByRole('button', { name: /^Play/ }).click();
      await expect(page.locator('.screen.level-select')).toBeVisible();
      await shoot('level-select');
      await page.locator('button[data-level="spare-tyre"]').click();
      await expect(page.locator('.screen.briefing')).toBeVisible();
      await shoot('briefing');
      await page.keyboard.press('Enter');
      // 01:01:40: use1-az1 lost power at 01:00 and all three servers with it.
      await page.evaluate(() => window.__blastRadius!.advance(3700));
      await expect(page.locator('.estate-item[data-kind="zone"][data-id="use1-az1"]')).toContainText('down');
      await shoot('play-fault');
      await page.evaluate(() => window.__blastRadius!.advance(10_000_000));
      await expect(page.locator('.screen.debrief')).toBeVisible();
      await shoot('debrief');

      // The presenter view with the teacher's fault buttons for a selected AZ.
      await page.goto('/?test=1&level=spare-tyre&mode=classroom&seed=1');
      await expect(page.locator('.screen.briefing')).toBeVisible();
      await page.keyboard.press('Enter');
      await page.evaluate(() => window.__blastRadius!.advance(120));
      await page.locator('.estate-item[data-kind="zone"][data-id="use1-az2"]').click();
      await expect(page.getByRole('region', { name: 'Teacher: inject a fault' })).toBeVisible();
      await shoot('teacher-tools');

      await page.goto('/?test=1&level=spare-tyre&mode=classroom&seed=1');
      await page.getByRole('button', { name: 'Side by side with par' }).click();
      await expect(page.getByRole('region', { name: 'Side by side with par' })).toBeVisible();
      await page.evaluate(() => window.__blastRadius!.advance(3700));
      await expect(page.getByLabel('Par simulated time')).toHaveText(/^01:01:40/);
      await shoot('side-by-side');

      await page.goto('/?test=1');
      await page.getByRole('button', { name: 'Teacher: check class results' }).click();
      await page.getByLabel(/^Result codes, one per line/).fill((await codes).map((c, i) => `Student ${i + 1}: ${c}`).join('\n'));
      await page.getByRole('button', { name: 'Check results' }).click();
      await expect(page.locator('.class-status')).toHaveText('3 accepted, 0 rejected, of 3.', { timeout: 30_000 });
      await shoot('class-results');

      expect(scans).toEqual({ title: [], 'level-select': [], briefing: [], 'play-fault': [], debrief: [], 'teacher-tools': [], 'side-by-side': [], 'class-results': [] });
      expect(errors).toEqual([]);
    });
  });
}
