import type { GameSession } from '../../runtime/session';
import { type World } from '../../sim';
import { h } from '../dom/h';
import { STATE_GLYPH } from '../play/estateTree';

/**
 * A read-only estate summary small enough for half a projector: per AZ its state and how many
 * instances are in each state, then load balancers and databases. Rebuilt only when its text changes.
 */
export function createCompactEstate(session: GameSession, label: string): { el: HTMLElement; update(): void } {
  const list = h('ul', { class: 'compact-estate-list' });
  const el = h('section', { class: 'compact-estate', 'aria-label': label }, list);
  let signature = '';
  return {
    el,
    update() {
      const rows = estateLines(session.world);
      const sig = rows.join('\n');
      if (sig === signature) return;
      signature = sig;
      list.replaceChildren(...rows.map((r) => h('li', {}, r)));
    },
  };
}

/** The summary as lines (pure: tested without a DOM). */
export function estateLines(w: World): string[] {
  const out: string[] = [];
  for (const z of w.zones) {
    const counts = new Map<string, number>();
    for (const i of w.instances) if (i.zoneId === z.id && i.state !== 'terminated') counts.set(i.state, (counts.get(i.state) ?? 0) + 1);
    const fleet = [...counts.entries()].map(([state, n]) => `${n} ${STATE_GLYPH[state]?.replace(/^\S+ /, '') ?? state}`).join(', ');
    out.push(`${z.id} ${STATE_GLYPH[z.state] ?? z.state}: ${fleet || 'no instances'}`);
  }
  for (const lb of w.loadBalancers) out.push(`${lb.id}: ${lb.targets.filter((t) => t.health === 'healthy').length} of ${lb.targets.length} targets healthy`);
  for (const g of w.scalingGroups) out.push(`${g.id}: desired ${g.desired} (min ${g.min}, max ${g.max})`);
  for (const d of w.databases) out.push(`${d.id}: ${STATE_GLYPH[d.state] ?? d.state}${d.multiAz ? ', Multi-AZ' : ''}`);
  if (w.dr) out.push(`DR: ${w.dr.posture} (${w.dr.state})`);
  return out;
}
