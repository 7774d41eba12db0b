import { expect, test } from '@playwright/test';
import { collectErrors } from './errors';

/**
 * The page's Content-Security-Policy lets in only the game's own origin, and the game needs nothing
 * else: booting, a level with its board, a form and a fault raise no violation, while an outside
 * image or script is refused.
 */
test('the CSP allows only the game\'s own origin, and the game plays within it', async ({ page }) => {
  const errors = collectErrors(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/?test=1&level=spare-tyre&seed=1');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self';");
  await expect(page.getByRole('heading', { level: 3, name: 'Objectives' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await page.locator('.estate-item[data-kind="region"][data-id="us-east-1"]').click();
  await page.getByRole('button', { name: /^Create Auto Scaling group…/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Create group' }).click();
  await expect(page.locator('.feedback')).toHaveText('Create Auto Scaling group: done.');
  await page.evaluate(() => window.__blastRadius!.advance(3700));
  await expect(page.locator('canvas').first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);

  // Anything from elsewhere is refused.
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'https://example.com/pixel.png';
    document.body.append(img);
    const s = document.createElement('script');
    s.src = 'https://example.com/x.js';
    document.body.append(s);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.map((v) => v.split(' ')[0]).sort())).toEqual(['img-src', 'script-src-elem']);
  expect(errors.filter((e) => !/example\.com|Content Security Policy/.test(e))).toEqual([]);
});
