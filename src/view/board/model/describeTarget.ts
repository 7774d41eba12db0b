import { findInstance, type World } from '../../../sim';
import { instanceLoad } from '../../../sim/readModel';
import type { Selection } from '../../play/actionsFor';
import { TILE_STYLE, tileKey } from '../look/tileLook';

const STATE_NAME: Record<string, string> = { shuttingDown: 'shutting down', failingOver: 'failing over' };
const name = (state: string) => STATE_NAME[state] ?? state;

/**
 * One line about what the pointer is over (the board's tooltip): the same facts as the estate list,
 * so small tiles stay readable without zooming.
 */
export function describeTarget(world: World, sel: Selection, undetected: ReadonlySet<string>): string {
  switch (sel.kind) {
    case 'instance': {
      const i = findInstance(world, sel.id);
      if (!i) return sel.id;
      const key = tileKey(i, world.tick);
      const parts = [`${i.id} · ${i.type}${i.purchase === 'spot' ? ' · spot' : ''}`, `${TILE_STYLE[key].label === 'WARM' ? 'warming up' : name(i.state)}`];
      if (i.state === 'running') parts.push(`${Math.round(instanceLoad(world, i).utilisation * 100)} % busy`);
      if (undetected.has(i.id)) parts.push('dead, not yet detected: still getting requests');
      if (i.spotReclaimTick !== null && i.state !== 'terminated') parts.push(`spot reclaim in ${Math.max(0, i.spotReclaimTick - world.tick)} s`);
      if (i.greyUntilTick > world.tick && i.state === 'running') parts.push('slow (grey failure)');
      return parts.join(' · ');
    }
    case 'loadBalancer': {
      const lb = world.loadBalancers.find((l) => l.id === sel.id);
      if (!lb) return sel.id;
      const healthy = lb.targets.filter((t) => t.health === 'healthy').length;
      return `Load balancer ${lb.id} · ${healthy}/${lb.targets.length} healthy · checks every ${lb.healthCheck.intervalTicks} s, ${lb.healthCheck.unhealthyThreshold} fails to mark down`;
    }
    case 'scalingGroup': {
      const g = world.scalingGroups.find((x) => x.id === sel.id);
      return g ? `Auto Scaling group ${g.id} · desired ${g.desired} (min ${g.min}, max ${g.max}) · ${g.state}` : sel.id;
    }
    case 'database': {
      const d = world.databases.find((x) => x.id === sel.id);
      if (!d) return sel.id;
      const standby = d.standbyZoneId ? ` · standby in ${d.standbyZoneId}` : ' · single-AZ';
      return `Database ${d.id} · ${name(d.state)} · primary in ${d.primaryZoneId}${standby}${d.replicas.length ? ` · ${d.replicas.length} replica(s)` : ''}`;
    }
    case 'zone': {
      const z = world.zones.find((x) => x.id === sel.id);
      if (!z) return sel.id;
      const count = world.instances.filter((i) => i.zoneId === z.id && i.state !== 'terminated').length;
      return `AZ ${z.id} · ${name(z.state)} · ${count} instance${count === 1 ? '' : 's'}${z.launchBlockedUntilTick > world.tick ? ' · launches fail' : ''}`;
    }
    case 'region': {
      const r = world.regions.find((x) => x.id === sel.id);
      return r ? `Region ${r.id} · ${name(r.state)} · ${r.zoneIds.length} AZs` : sel.id;
    }
    case 'service':
      return `DNS · ${world.dns.policy} routing · TTL ${world.dns.ttlTicks} s · ${world.dns.endpoints.length} endpoint${world.dns.endpoints.length === 1 ? '' : 's'}`;
  }
}
