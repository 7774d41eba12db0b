import type { Page } from '@playwright/test';

/**
 * Main-thread tasks over 50 ms (the Long Tasks API's own cut-off), from page load on: how long the
 * page was unable to answer a key or a click. Measured and reported; specs assert only a structural
 * bound, because these machines are shared and noisy.
 */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; ms: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The tasks over 50 ms that started at or after `since` (page time, ms), in order. */
export const longTasksSince = (page: Page, since: number): Promise<{ start: number; ms: number }[]> =>
  page.evaluate((t0) => (window as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks.filter((t) => t.start >= t0), since);

/** The longest task over 50 ms since `since`, or 0 when there was none. */
export const longestTaskSince = async (page: Page, since: number): Promise<number> => Math.max(0, ...(await longTasksSince(page, since)).map((t) => t.ms));
