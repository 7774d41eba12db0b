import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/levels/parseLevel';
import type { ScriptedCommand } from '../../../src/sim';
import { campaignLevel } from '../debrief/helpers';
import { fixedTexts, identifiersInTexts, levelTexts, runTexts } from './playerTexts';

const LEVELS = ['01-lifecycle', '02-vertical-scaling', '03-horizontal-scaling', '04-spare-tyre', '05-second-engine', '06-spot-and-churn', '07-data-tier', '08-parachute', '09-flash-sale', '10-chaos-day'];

/**
 * The sandbox allows every command, so its walk reads every action set's refusals; this script
 * makes the states worth refusing in: a group scaling, a DR posture, a database failing over, a
 * Region failed over, faults of every reach, and refusals the event log reports.
 */
const SANDBOX_SCRIPT: ScriptedCommand[] = [
  { atSeconds: 5, command: { type: 'instance.launch', zoneId: 'use1-az3', instanceType: 'm5.large', loadBalancerId: 'web-alb' } },
  { atSeconds: 10, command: { type: 'scalingGroup.create', regionId: 'us-east-1', zoneIds: ['use1-az1', 'use1-az2'], instanceType: 't3.medium', min: 1, max: 4, desired: 2, loadBalancerId: 'web-alb' } },
  { atSeconds: 12, command: { type: 'scalingGroup.setPolicy', scalingGroupId: 'asg-0001', metric: 'cpu', target: 40 } },
  { atSeconds: 20, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } },
  { atSeconds: 30, command: { type: 'dr.setPosture', posture: 'warmStandby', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' } },
  { atSeconds: 40, command: { type: 'dr.setPosture', posture: 'pilotLight', primaryRegionId: 'us-east-1', drRegionId: 'us-west-2' } },
  { atSeconds: 600, command: { type: 'fault.inject', kind: 'instance.terminate', targetId: 'web-2' } },
  { atSeconds: 620, command: { type: 'fault.inject', kind: 'instance.spotInterruption', targetId: 'web-3' } },
  { atSeconds: 900, command: { type: 'fault.inject', kind: 'traffic.spike', spikePct: 250, durationSeconds: 300 } },
  { atSeconds: 1000, command: { type: 'database.failOver', databaseId: 'orders-db' } },
  { atSeconds: 1001, command: { type: 'database.snapshot', databaseId: 'orders-db' } },
  { atSeconds: 1100, command: { type: 'fault.inject', kind: 'instance.greyFailure', targetId: 'web-1', durationSeconds: 300 } },
  { atSeconds: 2400, command: { type: 'fault.inject', kind: 'region.outage', targetId: 'us-east-1', durationSeconds: 1800 } },
  { atSeconds: 2460, command: { type: 'region.failOver', fromRegionId: 'us-east-1', toRegionId: 'us-west-2' } },
  { atSeconds: 2470, command: { type: 'region.failBack' } },
  { atSeconds: 2500, command: { type: 'instance.terminate', instanceId: 'nope' } },
  { atSeconds: 2600, command: { type: 'fault.inject', kind: 'database.primaryFailure', targetId: 'orders-db' } },
  { atSeconds: 3000, command: { type: 'fault.inject', kind: 'zone.insufficientCapacity', targetId: 'use1-az3', durationSeconds: 600 } },
];

function sandbox() {
  const url = new URL('../../../levels/sandbox.json', import.meta.url);
  const parsed = parseLevel(JSON.parse(readFileSync(url, 'utf8')), 'levels/sandbox.json');
  if (!parsed.ok || !existsSync(url)) throw new Error('levels/sandbox.json does not parse');
  return { scenario: parsed.scenario, win: SANDBOX_SCRIPT, lose: [] };
}

/**
 * Players read the game's words, never the code's: no command or event type (`dr.setPosture`,
 * `region.failedOver`), fault kind or state spelt as in code (`warmStandby`, `scalingOut`) in a
 * briefing, a debrief, an action, its price or why it is refused, the event log, an alarm, the
 * screen reader's lines or the debrief's incident timeline. Each campaign level is played with its
 * winning and its losing script, reading the screen as it goes; the sandbox, which allows every
 * command, with a script that reaches every kind's states.
 */
describe('player-facing text names no identifier from the code', () => {
  it('the words that do not depend on the World (causes, bill lines, fault keys)', () => {
    expect(identifiersInTexts(fixedTexts())).toEqual([]);
  });

  it.each(LEVELS)('%s: its text, and everything on screen while its win and lose scripts play', (name) => {
    const level = campaignLevel(name);
    const texts = [...levelTexts(name, level), ...runTexts(`${name} win`, level, level.win), ...runTexts(`${name} lose`, level, level.lose)];
    expect(identifiersInTexts(texts)).toEqual([]);
  });

  it('the sandbox, with every command allowed, through DR, a database failover and a Region outage', () => {
    const level = sandbox();
    const texts = [...levelTexts('sandbox', level), ...runTexts('sandbox', level, level.win)];
    expect(identifiersInTexts(texts)).toEqual([]);
  });
});
