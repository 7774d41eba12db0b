import type { Page } from '@playwright/test';

/**
 * The only test hooks the UI playthroughs use: moving the clock, as a patient player waiting would.
 * Commands always go through the UI (tests/e2e/uiPlayer.ts).
 */
export const simSeconds = async (page: Page): Promise<number> => (await page.evaluate(() => window.__blastRadius!.snapshot())).simSeconds;

/** Advances the simulated clock to `tick` (no further back than now). */
export async function advanceTo(page: Page, tick: number): Promise<void> {
  const now = await simSeconds(page);
  if (tick > now) await page.evaluate((n) => window.__blastRadius!.advance(n), tick - now);
}

/** Plays the level to its end. */
export const finish = (page: Page): Promise<unknown> => page.evaluate(() => window.__blastRadius!.advance(10_000_000));

/** Clicks a row of the estate list, as a player selecting something. */
export const selectInEstate = (page: Page, kind: string, id: string): Promise<void> => page.locator(`.estate-item[data-kind="${kind}"][data-id="${id}"]`).click();
