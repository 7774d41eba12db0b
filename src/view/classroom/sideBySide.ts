import type { GameSession } from '../../runtime/session';
import { type ScriptedCommand } from '../../sim';
import { h, setText } from '../dom/h';
import { formatAt, levelClock } from '../format';
import { compareAxes } from './comparison';
import { createCompactEstate } from './compactEstate';
import { liveFigures } from './liveFigures';
import { createMinimalHud } from './minimalHud';
import { coupleToPar } from './parRun';

export interface SideBySide {
  el: HTMLElement;
  update(): void;
  dispose(): void;
}

/**
 * Side by side with par: the player's session on the left, the level's reference solution on the
 * same level and seed on the right, both on the player's clock (pause, step and speed move both),
 * each with the presenter HUD and a compact estate, and a live comparison per axis above them.
 * It takes the board's place in the play screen; the player acts through the estate list as usual.
 */
export function createSideBySide(player: GameSession, parScript: readonly ScriptedCommand[]): SideBySide {
  const par = coupleToPar(player, parScript);
  const parSession = par.run.session;
  const youHud = createMinimalHud(player, { who: 'Your' });
  const youEstate = createCompactEstate(player, 'Your estate');
  // The par run only ever moves forward with the player, so its session is never replaced.
  const parHud = createMinimalHud(parSession, { who: 'Par' });
  const parEstate = createCompactEstate(parSession, 'Par estate');
  const uptimeLine = h('output', { class: 'compare-uptime', 'aria-label': 'Uptime compared with par' });
  const costLine = h('output', { class: 'compare-cost', 'aria-label': 'Cost compared with par' });
  const moves = h(
    'ol',
    { class: 'par-moves', 'aria-label': 'What par does, and when' },
    ...parScript.map((c, i) => h('li', { 'data-at': String(c.atSeconds), 'data-index': String(i) }, `${formatAt(levelClock(player.scenario), c.atSeconds)} ${c.command.type}${describeTarget(c.command)}`)),
  );
  const el = h(
    'section',
    { class: 'side-by-side', 'aria-label': 'Side by side with par' },
    h('div', { class: 'comparison' }, uptimeLine, costLine),
    h(
      'div',
      { class: 'split' },
      h('section', { class: 'split-half you', 'aria-labelledby': 'split-you' }, h('h3', { id: 'split-you' }, 'You'), youHud.el, youEstate.el),
      h(
        'section',
        { class: 'split-half par', 'aria-labelledby': 'split-par' },
        h('h3', { id: 'split-par' }, 'Par: the reference solution'),
        parHud.el,
        parEstate.el,
        h('details', { class: 'par-moves-box' }, h('summary', {}, `Par's ${parScript.length} moves`), moves),
      ),
    ),
  );
  let shownTick = -1;

  return {
    el,
    update() {
      youHud.update();
      youEstate.update();
      parHud.update();
      parEstate.update();
      const c = compareAxes(liveFigures(player), liveFigures(parSession));
      setText(uptimeLine, c.uptime);
      setText(costLine, c.cost);
      if (player.world.tick === shownTick) return;
      shownTick = player.world.tick;
      for (const li of moves.children) (li as HTMLElement).dataset.done = String(Number((li as HTMLElement).dataset.at) < shownTick);
    },
    dispose() {
      par.dispose();
    },
  };
}

function describeTarget(c: ScriptedCommand['command']): string {
  const r = c as Record<string, unknown>;
  const id = r.instanceId ?? r.zoneId ?? r.scalingGroupId ?? r.databaseId ?? r.loadBalancerId ?? r.regionId ?? r.primaryRegionId;
  return typeof id === 'string' ? ` ${id}` : '';
}
