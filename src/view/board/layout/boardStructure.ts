import { type World } from '../../../sim';
import { boardChips } from '../model/boardChips';

/**
 * The parts of the World that decide where things are drawn (not how they look). The layout is a
 * pure function of this, so it is recomputed only when it changes: a launch, a prune, a new load
 * balancer, a database failover moving its primary.
 */
export interface BoardStructure {
  regions: { id: string; zoneIds: string[] }[];
  /** Subnet id of each zone (the band the instances sit in). */
  subnets: Record<string, string>;
  /** In World order (creation order), so a launch appends and nothing else moves. */
  instances: { id: string; zoneId: string; groupId: string | null }[];
  loadBalancers: { id: string; regionId: string; zoneIds: string[] }[];
  scalingGroups: { id: string; regionId: string; zoneIds: string[] }[];
  databases: DatabaseStructure[];
  endpoints: { id: string; regionId: string; targetKind: 'loadBalancer' | 'instance'; targetId: string }[];
  /** Region-level services shown as chips (band 'service'), Region by Region, in registry order. */
  chips: ChipStructure[];
}

export interface ChipStructure {
  /** The entity kind (the selection's kind). */
  kind: string;
  id: string;
  regionId: string;
}

/** Every chip on the board, Region by Region: only what places them (kind, id, Region), not how they look. */
export const chipStructure = (world: World): ChipStructure[] => boardChips(world).map((c) => ({ kind: c.kind, id: c.chip.id, regionId: c.regionId }));

export interface DatabaseStructure {
  id: string;
  regionId: string;
  primaryZoneId: string;
  standbyZoneId: string | null;
  replicas: { id: string; zoneId: string }[];
}

export function boardStructure(world: World): BoardStructure {
  const subnets: Record<string, string> = {};
  for (const s of world.subnets) subnets[s.zoneId] ??= s.id;
  return {
    regions: world.regions.map((r) => ({ id: r.id, zoneIds: [...r.zoneIds] })),
    subnets,
    instances: world.instances.map((i) => ({ id: i.id, zoneId: i.zoneId, groupId: i.scalingGroupId })),
    loadBalancers: world.loadBalancers.map((l) => ({ id: l.id, regionId: l.regionId, zoneIds: [...l.zoneIds] })),
    scalingGroups: world.scalingGroups.map((g) => ({ id: g.id, regionId: g.regionId, zoneIds: [...g.zoneIds] })),
    databases: world.databases.map((d) => ({
      id: d.id,
      regionId: d.regionId,
      primaryZoneId: d.primaryZoneId,
      standbyZoneId: d.standbyZoneId,
      replicas: d.replicas.map((r) => ({ id: r.id, zoneId: r.zoneId })),
    })),
    endpoints: world.dns.endpoints.map((e) => ({ id: e.id, regionId: e.regionId, targetKind: e.targetKind, targetId: e.targetId })),
    chips: chipStructure(world),
  };
}

/**
 * Changes whenever boardStructure(world) would. Instances are only ever appended (launch) or
 * filtered out (prune), so count + first + last id identify the set without walking 1,000 of them.
 */
export function structureKey(world: World): string {
  const list = world.instances;
  const parts: string[] = [String(list.length), list[0]?.id ?? '', list[list.length - 1]?.id ?? ''];
  for (const l of world.loadBalancers) parts.push(l.id, l.zoneIds.join(','));
  parts.push('|');
  for (const g of world.scalingGroups) parts.push(g.id, g.zoneIds.join(','));
  parts.push('|');
  for (const d of world.databases) {
    parts.push(d.id, d.primaryZoneId, d.standbyZoneId ?? '-');
    for (const r of d.replicas) parts.push(r.id, r.zoneId);
  }
  parts.push('|');
  for (const e of world.dns.endpoints) parts.push(e.id, e.targetId);
  parts.push('|');
  for (const c of chipStructure(world)) parts.push(c.kind, c.id, c.regionId);
  return parts.join(' ');
}
