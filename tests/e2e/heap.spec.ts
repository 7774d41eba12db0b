import { expect, test, type Page } from '@playwright/test';

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

test('ten restarts of a level grow the JS heap by no more than 10 %', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/?test=1');
  await expect(page.getByRole('button', { name: /^Play/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.locator('button[data-level="spare-tyre"]').click();
  await expect(page.locator('.screen.briefing')).toBeVisible();
  await page.keyboard.press('Enter');
  const playOnce = async () => {
    await page.evaluate(() => window.__blastRadius!.advance(3900));
    await page.locator('.estate-item[data-kind="zone"]').first().click();
  };
  const restart = async () => {
    await page.getByRole('button', { name: 'Restart' }).click();
    // The run is under way, so Restart asks first.
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, do it' }).click();
    await expect.poll(() => page.evaluate(() => window.__blastRadius!.snapshot().simSeconds)).toBe(0);
    await playOnce();
  };
  // Warm up first: the first runs grow the heap with compiled code (V8 tiering up hot functions),
  // which is not a leak. A heap-snapshot diff of the first restarts shows only code objects and
  // the browser's performance-timeline entries, no game objects.
  await playOnce();
  for (let i = 0; i < 10; i++) await restart();
  const first = await heapAfterGc(page);
  for (let i = 0; i < 10; i++) {
    await restart();
    if (process.env.HEAP_TRACE) console.log(`restart ${i + 1}: ${((await heapAfterGc(page)) / 1048576).toFixed(3)} MB`);
  }
  const last = await heapAfterGc(page);
  testInfoLog(`heap after warm-up ${(first / 1048576).toFixed(2)} MB, after ten restarts ${(last / 1048576).toFixed(2)} MB (${((last / first - 1) * 100).toFixed(1)} %)`);
  expect(last).toBeLessThanOrEqual(first * 1.1);
});

function testInfoLog(line: string): void {
  test.info().annotations.push({ type: 'heap', description: line });
  console.log(line);
}
