import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { advanceTo, selectInEstate } from './testClock';
import { dailyLevelIndex, dailySeed } from '../../src/flow/deepLink';
import { parseLevel } from '../../src/levels/parseLevel';
import { recordReplay } from '../../src/replays/replayFile';
import { encodeResultCode, verifyResultCode } from '../../src/replays/resultCode';
import { type ScriptedCommand } from '../../src/sim';
import { collectErrors } from './errors';

/**
 * Classroom mode, played through the UI as a teacher and a class would: a deep link into the
 * presenter view, fault keys, the "what will happen?" stop, result codes and replay files, the
 * class's histograms, the daily challenge and side by side with par. The test hook only moves time.
 */
const levelJson: unknown = JSON.parse(readFileSync(new URL('../../levels/campaign/04-spare-tyre.json', import.meta.url), 'utf8'));
const parsed = parseLevel(levelJson, 'spare-tyre');
if (!parsed.ok) throw new Error('spare-tyre does not parse');
const spareTyre = parsed.scenario;

const snapshot = (page: Page) => page.evaluate(() => window.__blastRadius!.snapshot());

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('the presenter view opens from a deep link; a teacher injects faults by key and button; the class is asked before the scheduled fault', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await page.goto('/?test=1&level=spare-tyre&mode=classroom&seed=42&speed=2');
  await expect(page.locator('html')).toHaveClass(/\bclassroom\b/);
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /spare tyre/ })).toBeVisible();
  await expect(page.locator('.run-note')).toHaveText('Seed 42, from the link.');
  await expect(page.getByRole('button', { name: 'Side by side with par' })).toBeVisible();
  const scans: Record<string, string[]> = { briefing: await seriousViolations(page) };

  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play.presenter')).toBeVisible();
  await expect(page.locator('.play-header .seed')).toHaveText('seed 42');
  await expect(page.getByRole('status', { name: 'Speed' })).toHaveText('2× (90 sim s per s)');
  await expect(page.locator('.minimal-hud')).toBeVisible();
  await expect(page.getByLabel('Simulated time')).toHaveText(/^00:00:00 \/ 03:00:00/);
  await expect(page.getByLabel('Uptime', { exact: true })).toHaveText('100.00 % so far');
  await expect(page.getByLabel('Error budget left')).toHaveText('3 of 3 bad min left · 98 % still reachable');
  await expect(page.getByLabel('Cost so far')).toHaveText('$0.00 of $1.50');
  await expect(page.getByLabel('Service health')).toHaveText('● Healthy');
  const legend = page.getByRole('region', { name: 'Keys' });
  await expect(legend).toContainText('Shift+P');
  await expect(legend).toContainText('Power cut (selected AZ)');
  await expect(legend).toContainText('Pause / resume · Reveal');

  // Shift+P with an AZ selected: a power cut there, recorded like any other command.
  await advanceTo(page, 120);
  await selectInEstate(page, 'zone', 'use1-az2');
  await page.keyboard.press('Shift+P');
  await expect(page.locator('.fault-feedback')).toHaveText('Power cut on use1-az2: injected.');
  await expect(page.locator('.event-log-list')).toContainText('00:02:00 Fault: AZ power interruption on use1-az2');
  await expect(page.locator('.event-log-list')).toContainText('AZ use1-az2 down: power interruption');
  await expect(page.getByLabel('Faults now')).toHaveText('AZ power interruption on use1-az2 (00:30:00 left)');
  await expect(page.locator('.estate-item[data-kind="zone"][data-id="use1-az2"]')).toContainText('down');
  // A fault that needs something else selected says so, and changes nothing.
  await page.keyboard.press('Shift+T');
  await expect(page.locator('.fault-feedback')).toHaveText('Terminate: select an instance first.');
  // The buttons in the context panel do the same for the selected instance.
  await selectInEstate(page, 'instance', 'web-1');
  await page.getByRole('button', { name: /^Grey failure on web-1/ }).click();
  await expect(page.locator('.fault-feedback')).toHaveText('Grey failure on web-1: injected.');
  await expect(page.locator('.event-log-list')).toContainText('Fault: Grey failure (slow, but passing health checks) on web-1');
  await expect(page.getByLabel('Faults now')).toContainText('Grey failure (slow, but passing health checks) on web-1');
  scans.play = await seriousViolations(page);
  await page.screenshot({ path: testInfo.outputPath('presenter-play.png'), fullPage: true });

  // "What will happen?": 30 s before the scheduled power cut the clock stops and asks.
  await advanceTo(page, 3570);
  const prompt = page.getByRole('region', { name: 'What will happen?' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('In 30 s: a power cut in the busiest AZ. What will happen?');
  expect((await snapshot(page)).scene).toBe('paused');
  await expect(page.getByRole('button', { name: /^Reveal/ })).toBeFocused();
  scans.prompt = await seriousViolations(page);
  await page.screenshot({ path: testInfo.outputPath('presenter-prompt.png'), fullPage: true });
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Watch…' })).toContainText('In 30 s: a power cut in the busiest AZ.');
  expect((await snapshot(page)).scene).toBe('playing');
  await advanceTo(page, 3640);
  const happened = page.getByRole('region', { name: 'What happened at 01:00:00' });
  await expect(happened).toContainText('A power cut in use1-az1. Did the class predict it?');
  await expect(happened.getByRole('listitem').first()).toContainText('01:00:00');
  await expect(happened).toContainText('AZ use1-az1 down: power interruption');
  await happened.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.prediction')).toBeHidden();

  expect(scans).toEqual({ briefing: [], play: [], prompt: [] });
  expect(errors).toEqual([]);
});

test('a run downloaded as a replay and imported again shows the same uptime and cost; its result code verifies; a tampered file is refused', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  await page.goto('/?test=1&level=spare-tyre&seed=7');
  await expect(page.locator('.run-note')).toHaveText('Seed 7, from the link.');
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await advanceTo(page, 60);
  await selectInEstate(page, 'zone', 'use1-az2');
  await page.getByRole('button', { name: /^Launch m5\.large/ }).click();
  await expect(page.locator('.feedback')).toHaveText('Launch m5.large: done.');
  await selectInEstate(page, 'zone', 'use1-az3');
  await page.getByRole('button', { name: /^Launch m5\.large/ }).click();
  await page.evaluate(() => window.__blastRadius!.advance(10_000_000));
  await expect(page.locator('.screen.debrief')).toBeVisible();
  const heading = await page.locator('#debrief-heading').textContent();
  const verdict = await page.locator('.debrief-verdict').textContent();
  const played = await snapshot(page);
  expect(verdict).toContain(`Uptime ${played.uptimePct.toFixed(2)} %`);

  // The result code: readonly, copyable, and it verifies by re-simulation in Node too.
  await page.getByRole('button', { name: 'Get result code' }).click();
  const codeInput = page.getByLabel(/^Your result code/);
  await expect(codeInput).toHaveValue(/^BR1-[A-Za-z0-9_-]+$/);
  await expect(codeInput).toHaveAttribute('readonly', '');
  const verified = await verifyResultCode(await codeInput.inputValue(), 'the code');
  if (!verified.ok) throw new Error(verified.problems.join('\n'));
  expect([verified.result.seed, verified.result.uptimePct, verified.result.costUsd]).toEqual([7, played.uptimePct, played.costUsd]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download replay' }).click()]);
  expect(download.suggestedFilename()).toBe('blast-radius-spare-tyre-seed-7.replay.json');
  const replayText = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(replayText)).toMatchObject({ kind: 'blast-radius-replay', seed: 7, commands: [{ atSeconds: 60 }, { atSeconds: 60 }] });

  // Import it from the level select: the same run, re-simulated, in the debrief.
  await page.keyboard.press('Escape');
  await expect(page.locator('.screen.level-select')).toBeVisible();
  await page.locator('#replay-file').setInputFiles({ name: 'mine.replay.json', mimeType: 'application/json', buffer: Buffer.from(replayText) });
  await expect(page.getByRole('heading', { name: 'Imported replay: mine.replay.json' })).toBeVisible();
  await expect(page.locator('.imported-replay')).toContainText('seed 7, 2 commands. Verified by re-simulating it');
  await expect(page.locator('#debrief-heading')).toHaveText(heading!);
  await expect(page.locator('.debrief-verdict')).toHaveText(verdict!);
  // A replay of a shipped level is compared with that level's reference run on its seed, like a played run.
  await expect(page.locator('.run-lesson .lesson-compare')).toContainText("on this seed the level's reference run kept", { ignoreCase: true });
  // The replay panel re-simulates it once more, to the end: the same numbers.
  await page.keyboard.press('p');
  const replayPanel = page.locator('#replay');
  await replayPanel.getByRole('combobox').selectOption('3600');
  await expect(replayPanel).toHaveAttribute('data-verified', 'same', { timeout: 30_000 });

  // A tampered replay is refused with what was changed; nothing else changes.
  const tampered = JSON.parse(replayText) as { result: { uptimePct: number } };
  tampered.result.uptimePct = 100;
  await page.keyboard.press('Escape');
  await page.locator('#replay-file').setInputFiles({ name: 'edited.replay.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
  const dialog = page.getByRole('dialog', { name: 'edited.replay.json was not played' });
  await expect(dialog).toContainText('edited.replay.json › result.uptimePct: recorded 100, but re-simulating gives');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.screen.level-select')).toBeVisible();
  expect(errors).toEqual([]);
});

test("the teacher checks ten students' codes: histograms on both axes with par, a CSV, and a tampered code rejected on its own", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  const studentScript = (n: number): ScriptedCommand[] =>
    Array.from({ length: n % 4 }, (_, i) => ({ atSeconds: 60 + i, command: { type: 'instance.launch' as const, zoneId: i % 2 ? 'use1-az3' : 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'shop-alb' } }));
  const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => encodeResultCode(recordReplay(spareTyre, 1 + (i % 3), studentScript(i)))));
  const honest = recordReplay(spareTyre, 1, studentScript(5));
  const forged = await encodeResultCode({ ...honest, result: { ...honest.result, uptimePct: 100 } });
  const lines = [...codes.map((c, i) => `Student ${i + 1}: ${c}`), `Mallory: ${forged}`, 'Trent: BR1-not*a*code'];

  await page.goto('/?test=1');
  await page.getByRole('button', { name: 'Teacher: check class results' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Class results' })).toBeVisible();
  await page.getByLabel(/^Result codes, one per line/).fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Check results' }).click();
  await expect(page.locator('.class-status')).toHaveText('10 accepted, 2 rejected, of 12.', { timeout: 60_000 });

  const rejected = page.getByRole('region', { name: 'Rejected (2)' });
  await expect(rejected.getByRole('listitem')).toHaveCount(2);
  await expect(rejected.locator('li[data-label="Mallory"]')).toContainText('result.uptimePct: recorded 100, but re-simulating gives');
  await expect(rejected.locator('li[data-label="Trent"]')).toContainText('the code is damaged');

  const level = page.locator('.class-level[data-level="spare-tyre"]');
  await expect(level.getByRole('heading', { level: 3 })).toHaveText(/: 10 results$/);
  for (const axis of ['uptime', 'cost']) {
    const figure = level.locator(`figure.class-histogram[data-axis="${axis}"]`);
    await expect(figure.locator('.hist-par-label')).toHaveText('par');
    await expect(figure.locator('line.hist-par')).toHaveCount(1);
    const counts = await figure.locator('rect.hist-bar').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
    await expect(figure.locator('.hist-summary')).toContainText('at par or better');
  }
  await expect(level.locator('tbody tr')).toHaveCount(10);
  await page.screenshot({ path: testInfo.outputPath('class-results.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('class-results-spare-tyre.csv');
  const csv = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
  expect(csv).toHaveLength(11);
  expect(csv[0]).toBe('student,level,seed,uptimePct,requestSuccessPct,costUsd,dataLostSeconds,stars,outcome,hash');
  expect(csv[1]!.startsWith('Student 1,spare-tyre,1,')).toBe(true);
  expect(csv.some((l) => l.startsWith('Mallory'))).toBe(false);
  expect(errors).toEqual([]);
});

test('the daily challenge, side by side with par on one clock, the classroom switch on the title, and a link to an unknown level', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const errors = collectErrors(page);
  // The sandbox mode: the teacher's fault keys without the presenter view.
  await page.goto('/?test=1&level=spare-tyre&mode=sandbox');
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.screen.play')).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/\bclassroom\b/);
  await expect(page.locator('.minimal-hud')).toHaveCount(0);
  await page.keyboard.press('Shift+S');
  await expect(page.locator('.fault-feedback')).toHaveText('Traffic spike ×3: injected.');
  await expect(page.getByRole('region', { name: 'Keys' })).toHaveCount(0);

  await page.goto('/?test=1&level=no-such-level');
  await expect(page.locator('.screen.title .notice')).toContainText('This link asks for the level "no-such-level", which this game does not have.');
  const toggle = page.getByRole('button', { name: 'Classroom mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/\bclassroom\b/);
  await expect(page.getByRole('button', { name: 'Classroom mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(new URL(page.url()).searchParams.get('mode')).toBe('classroom');
  await page.getByRole('button', { name: 'Classroom mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/\bclassroom\b/);

  // Today's level and seed (the browser and Node agree on the date, UTC).
  const seed = dailySeed(new Date());
  await page.goto('/?test=1&daily=1&mode=classroom');
  await expect(page.locator('.run-note')).toContainText(`Daily challenge for ${new Date().toISOString().slice(0, 10)}: seed ${seed}`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Daily challenge: / })).toBeVisible();
  const dailyTitle = await page.locator('button[data-level]').nth(dailyLevelIndex(seed, 10)).locator('.level-title').textContent();
  await expect(page.getByRole('button', { name: /^Daily challenge: / })).toContainText(dailyTitle!);

  // Side by side with par, from the briefing, in classroom mode.
  await page.locator('button[data-level="spare-tyre"]').click();
  await page.getByRole('button', { name: 'Side by side with par' }).click();
  const split = page.getByRole('region', { name: 'Side by side with par' });
  await expect(split).toBeVisible();
  await expect(split.getByRole('heading', { name: 'You' })).toBeVisible();
  await expect(split.getByRole('heading', { name: 'Par: the reference solution' })).toBeVisible();
  await advanceTo(page, 600);
  await expect(page.getByLabel('Your simulated time')).toHaveText('00:10:00 / 03:00:00');
  await expect(page.getByLabel('Par simulated time')).toHaveText('00:10:00 / 03:00:00');
  // Par built its Auto Scaling group at 0 and retired web-1..3 at 180 s; the player did nothing.
  await expect(split.getByLabel('Par estate')).toContainText('desired 3');
  await expect(split.getByLabel('Your estate')).not.toContainText('desired');
  // One clock: a single step moves both.
  await page.getByRole('button', { name: /^Step 1 s/ }).click();
  await expect(page.getByLabel('Par simulated time')).toHaveText('00:10:01 / 03:00:00');
  await advanceTo(page, 5400);
  await expect(page.getByLabel('Uptime compared with par')).toHaveText(/^Uptime Δ −[\d.]+ pts: you [\d.]+ %, par [\d.]+ % \([\d.]+ points behind par\)$/);
  await expect(page.getByLabel('Cost compared with par')).toHaveText(/^Cost Δ [−+±]\$[\d.]+: you \$[\d.]+, par \$[\d.]+/);
  await page.screenshot({ path: testInfo.outputPath('side-by-side.png'), fullPage: true });
  // Retry keeps the layout; the level still ends in the debrief.
  await page.evaluate(() => window.__blastRadius!.advance(10_000_000));
  await expect(page.locator('.screen.debrief')).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('region', { name: 'Side by side with par' })).toBeVisible();
  await expect(page.getByLabel('Par simulated time')).toHaveText('00:00:00 / 03:00:00');
  expect(errors).toEqual([]);
});
