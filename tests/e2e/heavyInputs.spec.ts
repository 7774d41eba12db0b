import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { encodeLevelLink } from '../../src/levels/levelLink';
import { PROGRESS_KEY } from '../../src/flow/progress';
import { collectErrors } from './errors';
import { advanceTo } from './testClock';
import { bigProgress, corruptProgress, deeplyNested, everyInstanceWrong, heaviestLevel, heaviestReplay, INPUT_BYTES } from './heavyInputs';
import { longestTaskSince, longTasksSince, pageNow, watchLongTasks } from './longTasks';

/**
 * Issue 12: no input of at most 64 kB, valid or not, keeps the page's main thread busy. Each
 * surface gets its heaviest input (tests/e2e/heavyInputs.ts) and the longest main-thread task from
 * the moment it is given until the page has answered is measured and reported (the figures are in
 * the test's annotations and the log). The target is 100 ms; what is asserted is a structural bound
 * of 500 ms, as in classResultsAtScale.spec.ts: reading on a worker or in bounded pieces stays far
 * below it on a busy machine, and a re-simulation or an unbounded parse on the page (seconds) fails it.
 */
const MAX_TASK_MS = 500;

const sandboxText = readFileSync(new URL('../../levels/sandbox.json', import.meta.url), 'utf8');

async function measured(page: Page, testInfo: TestInfo, what: string, act: () => Promise<void>): Promise<number> {
  const since = await pageNow(page);
  await act();
  const longest = await longestTaskSince(page, since);
  console.log(`${what}: longest main-thread task ${longest.toFixed(0)} ms (0 = none over 50 ms)`);
  testInfo.annotations.push({ type: 'longest main-thread task', description: `${what}: ${longest.toFixed(0)} ms` });
  return longest;
}

async function toLevelSelect(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: /^Play/ }).click();
  await expect(page.locator('.screen.level-select')).toBeVisible();
}

test('64 kB level files and links, good and bad, are read without a long task', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const heaviest = heaviestLevel();
  const inputs = { heaviest: heaviest.text, wrong: everyInstanceWrong(), nested: deeplyNested() };
  for (const text of Object.values(inputs)) expect(text.length).toBeLessThanOrEqual(INPUT_BYTES);
  await watchLongTasks(page);
  await toLevelSelect(page);

  const file = (name: string, text: string) => page.locator('#level-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  const found: number[] = [];
  found.push(
    await measured(page, testInfo, 'the heaviest level file (500 instances, 64 kB)', async () => {
      await file('heaviest.json', inputs.heaviest);
      await expect(page.getByRole('heading', { level: 2, name: /The heaviest level/ })).toBeVisible();
    }),
  );
  await page.keyboard.press('Escape');
  await expect(page.locator('.screen.level-select')).toBeVisible();
  found.push(
    await measured(page, testInfo, 'a 64 kB level file with 500 problems', async () => {
      await file('wrong.json', inputs.wrong);
      await expect(page.getByRole('dialog', { name: 'wrong.json cannot be played' })).toContainText('use1-az9');
    }),
  );
  await page.keyboard.press('Enter');
  found.push(
    await measured(page, testInfo, '64 kB of nested arrays as a level file', async () => {
      await file('nested.json', inputs.nested);
      await expect(page.getByRole('dialog', { name: 'nested.json cannot be played' })).toBeVisible();
    }),
  );
  await page.keyboard.press('Enter');
  const link = await encodeLevelLink(heaviest.text);
  if (!link.ok) throw new Error(link.reason);
  found.push(
    await measured(page, testInfo, `the heaviest level as a #level= link (${link.value.length} characters)`, async () => {
      await page.evaluate((hash) => (window.location.hash = hash), link.value);
      await expect(page.getByRole('heading', { level: 2, name: /The heaviest level/ })).toBeVisible();
    }),
  );
  for (const ms of found) expect(ms).toBeLessThan(MAX_TASK_MS);
  expect(errors).toEqual([]);
});

test('a 64 kB replay of the heaviest level is verified and shown without a long task', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  const replay = heaviestReplay();
  expect(replay.length).toBeLessThanOrEqual(INPUT_BYTES);
  await watchLongTasks(page);
  await toLevelSelect(page);
  const longest = await measured(page, testInfo, `the heaviest replay (${JSON.parse(replay).commands.length} commands, ${replay.length} bytes), verified and its debrief shown`, async () => {
    await page.locator('#replay-file').setInputFiles({ name: 'heavy.replay.json', mimeType: 'application/json', buffer: Buffer.from(replay) });
    await expect(page.getByRole('heading', { name: 'Imported replay: heavy.replay.json' })).toBeVisible({ timeout: 150_000 });
    await expect(page.locator('.imported-replay')).toContainText('Verified by re-simulating it');
  });
  expect(longest).toBeLessThan(MAX_TASK_MS);
  expect(errors).toEqual([]);
});

test('64 kB of saved progress, good or corrupt, loads without a long task beyond the page\'s own start', async ({ page }, testInfo) => {
  const errors = collectErrors(page);
  await watchLongTasks(page);
  const start = async (what: string, stored: string | null) => {
    await page.goto('/');
    await page.evaluate(([key, value]) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)), [PROGRESS_KEY, stored] as const);
    await page.reload();
    await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
    const longest = await longestTaskSince(page, 0);
    console.log(`page start with ${what}: longest main-thread task ${longest.toFixed(0)} ms`);
    testInfo.annotations.push({ type: 'longest main-thread task', description: `page start with ${what}: ${longest.toFixed(0)} ms` });
    return longest;
  };
  // A first load compiles the page's code (a cold start's long task, whatever is saved); measure warm loads.
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  const empty = await start('no saved progress', null);
  const big = await start('64 kB of saved progress', bigProgress());
  const corrupt = await start('64 kB of corrupt saved progress', corruptProgress());
  // The page's own start is the reference; the saved data adds no long task of its own.
  for (const ms of [empty, big, corrupt]) expect(ms).toBeLessThan(MAX_TASK_MS);
  expect(errors).toEqual([]);
});

test('the heaviest level plays at top speed without a long task once its board is up', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  await watchLongTasks(page);
  const play = async (what: string, text: string, title: RegExp) => {
    await toLevelSelect(page);
    await page.locator('#level-file').setInputFiles({ name: 'level.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    const pressed = await pageNow(page);
    await page.keyboard.press('Enter');
    await expect(page.locator('.board')).toHaveAttribute('data-zoom', /\d/);
    const up = await pageNow(page);
    const boot = (await longTasksSince(page, pressed)).map((t) => Math.round(t.ms));
    // Top speed (8×), then a few seconds of play.
    for (let i = 0; i < 4; i++) await page.keyboard.press(']');
    await expect(page.getByRole('status', { name: 'Speed', exact: true })).toContainText('8×');
    const since = await pageNow(page);
    await page.waitForTimeout(6000);
    const playing = await longestTaskSince(page, since);
    console.log(`${what}: tasks over 50 ms while the board started [${boot.join(', ')}] ms (${(up - pressed).toFixed(0)} ms to the first drawn frame); longest while playing at 8×: ${playing.toFixed(0)} ms`);
    testInfo.annotations.push({ type: 'board start', description: `${what}: [${boot.join(', ')}] ms` }, { type: 'longest main-thread task', description: `${what} at 8×: ${playing.toFixed(0)} ms` });
    return playing;
  };
  const sandbox = await play('the sandbox (3 instances)', sandboxText, /Sandbox/);
  const heaviest = await play('the heaviest level (500 instances)', heaviestLevel().text, /The heaviest level/);
  for (const ms of [sandbox, heaviest]) expect(ms).toBeLessThan(MAX_TASK_MS);
  expect(errors).toEqual([]);
});

test('a run with more events than the debrief keeps ends in its debrief without a long task, and says what the timeline leaves out', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  // The spare tyre with a group of 30 that a fault culls once a minute per instance: over 20,000 events in three hours.
  const level = JSON.parse(readFileSync(new URL('../../levels/campaign/04-spare-tyre.json', import.meta.url), 'utf8')) as Record<string, unknown> & { estate: Record<string, unknown>; faults: Record<string, unknown> };
  level.id = 'churn';
  level.title = 'Churn: an instance lost every two seconds';
  delete level.par;
  level.estate.scalingGroups = [{ id: 'fleet', region: 'us-east-1', zones: ['use1-az1', 'use1-az2', 'use1-az3'], type: 'm5.large', min: 30, max: 30, desired: 30, loadBalancer: 'shop-alb' }];
  level.faults.random = [{ kind: 'instance.terminate', perHour: 60 }];
  level.objectives = { slaPct: 50, budgetUsd: 10_000 };
  await watchLongTasks(page);
  await page.goto('/?test=1');
  await page.getByRole('button', { name: /^Play/ }).click();
  await page.locator('#level-file').setInputFiles({ name: 'churn.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(level)) });
  await expect(page.getByRole('heading', { level: 2, name: /Churn/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await advanceTo(page, (level.durationSeconds as number) - 1);
  const longest = await measured(page, testInfo, 'the debrief of a run with more than 20,000 events', async () => {
    // The last simulated second, by the "step" key: the run ends and the debrief opens.
    await page.keyboard.press('.');
    await expect(page.locator('.screen.debrief')).toBeVisible();
    await expect(page.locator('.timeline-cut')).toContainText(/the timeline and the fault marks show the first 20,000, up to .*; [\d,]+ later events are not shown/);
  });
  // Thousands of incidents: forty cards a list, and a line for the rest.
  await expect(page.locator('.incidents-cut').first()).toContainText(/^…and [\d,]+ more, from .* on, not listed: the charts and the replay cover them\.$/);
  expect(await page.locator('ol.incidents > li').count()).toBeLessThanOrEqual(80);
  expect(longest).toBeLessThan(MAX_TASK_MS);
  expect(errors).toEqual([]);
});
