import type { GameSession } from '../../runtime/session';
import { type World } from '../../sim';
import { instanceLoad } from '../../sim/readModel';
import { h } from '../dom/h';
import type { Selection } from './actionsFor';

export { STATE_GLYPH } from '../stateGlyphs';
import { STATE_GLYPH } from '../stateGlyphs';

/**
 * The estate as a keyboard-navigable tree: Regions → AZs → instances, plus load balancers, Auto
 * Scaling groups and databases. It is the accessible twin of the Phaser board: the same selection,
 * readable by screen readers and usable without a pointer. Rebuilt only when its text changes.
 */
export function createEstateTree(session: GameSession, onSelect: (sel: Selection) => void, isSelected: (sel: Selection) => boolean): { el: HTMLElement; update(): void } {
  const el = h('nav', { class: 'estate', 'aria-label': 'Estate' });
  let signature = '';
  const item = (sel: Selection, label: string, detail: string) =>
    h(
      'button',
      { class: 'estate-item', 'data-kind': sel.kind, 'data-id': 'id' in sel ? sel.id : 'service', 'aria-pressed': String(isSelected(sel)), onclick: () => onSelect(sel) },
      h('span', { class: 'estate-label' }, label),
      h('span', { class: 'estate-detail' }, detail),
    );
  return {
    el,
    update() {
      const w = session.world;
      const sig = treeSignature(w) + JSON.stringify(selectedKey(w, isSelected));
      if (sig === signature) return;
      signature = sig;
      const focused = document.activeElement instanceof HTMLElement && el.contains(document.activeElement) ? document.activeElement.dataset.id : undefined;
      el.replaceChildren(
        h('ul', {}, h('li', {}, item({ kind: 'service' }, 'Service', `sessions in ${w.sessions.mode}`))),
        ...w.regions.map((r) =>
          h(
            'section',
            { class: 'region', 'aria-label': `Region ${r.id}` },
            item({ kind: 'region', id: r.id }, `Region ${r.id}`, STATE_GLYPH[r.state] ?? r.state),
            h(
              'ul',
              {},
              ...w.loadBalancers.filter((l) => l.regionId === r.id).map((l) => h('li', {}, item({ kind: 'loadBalancer', id: l.id }, `Load balancer ${l.id}`, `${l.targets.filter((t) => t.health === 'healthy').length}/${l.targets.length} healthy targets${l.activeFromTick > w.tick ? ', provisioning' : ''}`))),
              ...w.scalingGroups.filter((g) => g.regionId === r.id).map((g) => h('li', {}, item({ kind: 'scalingGroup', id: g.id }, `Auto Scaling group ${g.id}`, `desired ${g.desired} (min ${g.min}, max ${g.max}), ${g.state}`))),
              ...w.databases.filter((d) => d.regionId === r.id).map((d) => h('li', {}, item({ kind: 'database', id: d.id }, `Database ${d.id}`, `${STATE_GLYPH[d.state] ?? d.state}, ${d.multiAz ? 'Multi-AZ' : 'single-AZ'} in ${d.primaryZoneId}`))),
            ),
            ...r.zoneIds.map((zid) => {
              const z = w.zones.find((x) => x.id === zid)!;
              const insts = w.instances.filter((i) => i.zoneId === zid && i.state !== 'terminated');
              return h(
                'section',
                { class: 'zone', 'aria-label': `Availability Zone ${zid}` },
                item({ kind: 'zone', id: zid }, `AZ ${zid}`, STATE_GLYPH[z.state] ?? z.state),
                h('ul', {}, ...insts.map((i) => h('li', {}, item({ kind: 'instance', id: i.id }, `${i.id} ${i.type}${i.purchase === 'spot' ? ' spot' : ''}`, `${STATE_GLYPH[i.state] ?? i.state}${i.state === 'running' ? `, ${Math.round(instanceLoad(w, i).utilisation * 100)} % busy` : ''}`)))),
              );
            }),
          ),
        ),
      );
      if (focused) el.querySelector<HTMLElement>(`[data-id="${CSS.escape(focused)}"]`)?.focus();
    },
  };
}

/** Changes when anything the tree shows changes (utilisation rounded to 10 % so it does not churn every tick). */
function treeSignature(w: World): string {
  const parts: string[] = [w.sessions.mode];
  for (const r of w.regions) parts.push(r.state);
  for (const z of w.zones) parts.push(z.state);
  for (const i of w.instances) parts.push(i.id, i.state, i.type, String(Math.round(instanceLoad(w, i).utilisation * 10)));
  for (const l of w.loadBalancers) parts.push(l.id, String(l.targets.filter((t) => t.health === 'healthy').length), String(l.targets.length), String(l.activeFromTick > w.tick));
  for (const g of w.scalingGroups) parts.push(g.id, String(g.desired), String(g.min), String(g.max), g.state);
  for (const d of w.databases) parts.push(d.id, d.state, String(d.multiAz), d.primaryZoneId, d.regionId);
  return parts.join('|');
}

function selectedKey(w: World, isSelected: (sel: Selection) => boolean): string | null {
  const found = w.instances.find((i) => isSelected({ kind: 'instance', id: i.id }));
  return found ? found.id : null;
}
