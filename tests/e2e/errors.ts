import type { Page } from '@playwright/test';

/** Console errors and uncaught page errors, minus the harmless noise headless Chromium prints. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  const harmless = [/GPU stall due to ReadPixels/i, /favicon/i];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !harmless.some((re) => re.test(msg.text()))) errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  return errors;
}
