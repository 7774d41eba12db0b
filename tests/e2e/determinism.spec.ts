import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseLevel } from '../../src/levels/parseLevel';
import { type ScriptedCommand, runScenario } from '../../src/sim';

/**
 * The same level, seed and command script must give the same result, bit for bit, in Node and in
 * Chromium (an engine difference in float maths or iteration order would show up in the hash).
 */
const LEVEL_FILE = 'levels/sandbox.json';
const levelJson: unknown = JSON.parse(readFileSync(new URL(`../../${LEVEL_FILE}`, import.meta.url), 'utf8'));

const script: ScriptedCommand[] = [
  { atSeconds: 10, command: { type: 'instance.launch', zoneId: 'use1-az2', instanceType: 'm5.large', loadBalancerId: 'web-alb' } },
  { atSeconds: 20, command: { type: 'instance.launch', zoneId: 'use1-az3', instanceType: 't3.micro' } },
  { atSeconds: 300, command: { type: 'instance.terminate', instanceId: 'web-1' } },
  // During the sandbox's use1-az1 power cut: rejected (InsufficientInstanceCapacity), which is part of the replay too.
  { atSeconds: 2400, command: { type: 'instance.launch', zoneId: 'use1-az1', instanceType: 'm5.large', loadBalancerId: 'web-alb' } },
  { atSeconds: 3600, command: { type: 'instance.terminate', instanceId: 'i-0002' } },
];

for (const seed of [0, 42]) {
  test(`sandbox with seed ${seed}: Node and Chromium give the same RunResult`, async ({ page }) => {
    const parsed = parseLevel(levelJson, LEVEL_FILE);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems, null, 2));
    const inNode = runScenario(parsed.scenario, { seed, script });

    await page.goto('/?test=1');
    await page.waitForFunction(() => window.__blastRadius !== undefined);
    const inBrowser = await page.evaluate(
      ([json, s, sc]) => window.__blastRadius!.runScenario(json, s, sc),
      [levelJson, seed, script] as const,
    );

    expect(inNode.hash).toMatch(/\S/);
    expect((inBrowser as { hash: unknown }).hash).toBe(inNode.hash);
    expect(inBrowser).toStrictEqual(inNode);
  });
}
