import { describe, expect, it } from 'vitest';
import { simulate, type World } from '../../../src/sim';
import { ACTION_SETS, ENTITY_VIEWS } from '../../../src/view/services/registry';
import { campaignLevel } from '../debrief/helpers';

const LEVELS = ['01-lifecycle', '02-vertical-scaling', '03-horizontal-scaling', '04-spare-tyre', '05-second-engine', '06-spot-and-churn', '07-data-tier', '08-parachute', '09-flash-sale', '10-chaos-day'];
/** No campaign level has a queue yet (Act II will): one level is also walked with a queue added. */
const WITH_QUEUE = '07-data-tier + a queue';
function withQueue(): ReturnType<typeof campaignLevel> {
  const level = campaignLevel('07-data-tier');
  const scenario = structuredClone(level.scenario);
  scenario.estate.queues = [{ id: 'orders-q', region: scenario.regions[0]!.id }];
  return { ...level, scenario };
}
/** How often the walk looks at the estate, simulated seconds. */
const EVERY_SECONDS = 300;

/** Every selectable thing in the World, as the estate list finds it: [kind, id]. */
function selections(world: World): [string, string][] {
  const out: [string, string][] = [];
  const walk = (parent: string, parentId: string) => {
    for (const view of ENTITY_VIEWS) {
      if (view.estate.under !== parent) continue;
      for (const item of view.estate.items(world, parentId)) {
        out.push([view.kind, item.id]);
        if (view.estate.section) walk(view.kind, item.id);
      }
    }
  };
  walk('', '');
  return out;
}

/**
 * Each action set declares the commands it may send (the coverage test trusts that list); here
 * every campaign level is played with its reference solution and without it, and at every look
 * each action set is asked what it offers on everything there is to select.
 */
describe('the actions the service views offer, over the campaign', () => {
  const seen = new Map<number, Set<string>>(ACTION_SETS.map((_, i) => [i, new Set<string>()]));
  const undeclared: string[] = [];

  it.each([...LEVELS, WITH_QUEUE])('%s: every offered command is one its action set declares', (name) => {
    const level = name === WITH_QUEUE ? withQueue() : campaignLevel(name);
    for (const script of [level.win, level.lose]) {
      simulate(level.scenario, {
        seed: 1,
        script,
        afterStep(world) {
          if (world.tick % EVERY_SECONDS !== 0) return;
          for (const [kind, id] of selections(world)) {
            ACTION_SETS.forEach((set, i) => {
              if (set.on !== kind) return;
              for (const a of set.offer(world, id)) {
                if (set.commands.includes(a.command.type)) seen.get(i)!.add(a.command.type);
                else undeclared.push(`${name}: ${set.on} offered ${a.command.type}`);
              }
            });
          }
        },
      });
    }
    expect(undeclared).toEqual([]);
  });

  // After the walks above (tests in a file run in order).
  it('every command an action set declares is offered somewhere in the campaign', () => {
    const never = ACTION_SETS.flatMap((set, i) => set.commands.filter((c) => !seen.get(i)!.has(c)).map((c) => `${set.on}: ${c}`));
    // Every campaign database keeps RDS's default (automated backups on), so "Turn on automated
    // backups" appears only in a level whose database has "backups": false; newControls.test.ts
    // shows it there.
    expect(never).toEqual(['database: database.enableBackups']);
  });
});
