import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './errors';
import { codeOf, spareTyre } from '../../scripts/bench/classCodes';

/**
 * The classroom promise: after the first visit the game loads and plays without a network, levels
 * and audio included. The production bundle's service worker (scripts/vitePluginServiceWorker.ts)
 * precaches everything; Playwright's offline mode covers the page and the service worker alike, so
 * whatever works below came from the cache.
 */

const AUDIO_FILES = readdirSync('assets/audio').filter((f) => f.endsWith('.wav'));

/** Waits for the worker to be active and this page to be controlled by it: reloads once if it is not. */
async function waitUntilControlled(page: Page): Promise<void> {
  // `ready` never settles when nothing registers: give up after a while with a readable failure.
  const ready = () =>
    page.evaluate(() =>
      Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000))]),
    );
  expect(await ready(), 'a service worker is registered and active').toBe(true);
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    await page.reload();
    expect(await ready()).toBe(true);
  }
  expect(await controlled(), 'the page is controlled by the service worker').toBe(true);
}

/** The URLs in this origin's caches (pathnames relative to the page), and the worker's own precache list. */
async function cacheContents(page: Page): Promise<{ cached: string[]; precache: string[] }> {
  return page.evaluate(async () => {
    const rel = (url: string) => new URL(url).pathname.replace(new URL('./', location.href).pathname, './');
    const cached: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached.push(rel(request.url));
    }
    const source = await (await fetch('./sw.js', { cache: 'no-store' })).text();
    const list = /const PRECACHE = (\[[^\]]*\]);/.exec(source)?.[1] ?? '[]';
    return { cached: cached.sort(), precache: (JSON.parse(list) as string[]).sort() };
  });
}

test('after the first visit the game loads and plays offline, levels and audio included', async ({ page, context }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);

  // First visit, online: the worker installs and precaches the whole bundle.
  await page.goto('/?test=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Blast Radius' })).toBeVisible();
  await waitUntilControlled(page);

  const { cached, precache } = await cacheContents(page);
  expect(cached).toEqual(precache);
  expect(cached).toEqual(expect.arrayContaining(['./index.html', ...AUDIO_FILES.map((f) => `./audio/${f}`)]));
  // verify.worker: the Web Worker that re-simulates result codes and replays (Class results, Import replay).
  for (const lazy of [/^\.\/assets\/phaser-.*\.js$/, /^\.\/assets\/uPlot.*\.js$/, /^\.\/assets\/howler-.*\.js$/, /^\.\/assets\/verify\.worker-.*\.js$/]) {
    expect(cached.some((url) => lazy.test(url)), `a cached chunk matches ${lazy}`).toBe(true);
  }
  expect(cached).not.toContain('./sw.js');

  // Offline: the page and the worker alike (the probe runs inside the worker, out of the page's console).
  await context.setOffline(true);
  const [worker] = context.serviceWorkers();
  expect(worker, 'the service worker is running').toBeDefined();
  const probe = await worker!.evaluate(() =>
    fetch(`./index.html?offline-probe=${Date.now()}`, { cache: 'no-store' }).then(
      () => 'reached the network',
      () => 'offline',
    ),
  );
  expect(probe).toBe('offline');

  // Reload: index.html, the chunks, the level files (bundled into the JS) and the board all come from the cache.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Blast Radius' })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.locator('button[data-level="spare-tyre"]').click();
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__blastRadius !== undefined);
  expect(await page.evaluate(() => window.__blastRadius!.snapshot())).toMatchObject({ scene: 'playing', levelId: 'spare-tyre', simSeconds: 0 });
  const snap = await page.evaluate(() => window.__blastRadius!.advance(600));
  expect(snap.simSeconds).toBe(600);
  // The board is the lazy Phaser chunk: it started (a canvas), rather than the "could not start" fallback.
  await expect(page.locator('.board canvas')).toHaveCount(1);

  // The sounds are there too.
  const launch = await page.evaluate(async () => {
    const response = await fetch('./audio/launch.wav');
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, size: bytes.length, magic: String.fromCharCode(...bytes.slice(0, 4)) };
  });
  expect(launch).toMatchObject({ status: 200, magic: 'RIFF' });
  expect(launch.size).toBeGreaterThan(44);

  // The teacher's check of a result code: its worker's script comes from the cache too.
  await page.goto('/?test=1');
  await page.getByRole('button', { name: 'Teacher: check class results' }).click();
  await page.getByLabel(/^Result codes, one per line/).fill(`Ada: ${await codeOf(spareTyre, 3)}`);
  await page.getByRole('button', { name: 'Check results' }).click();
  await expect(page.locator('.class-status')).toHaveText('1 accepted, 0 rejected, of 1.', { timeout: 30_000 });

  expect(errors).toEqual([]);
});
