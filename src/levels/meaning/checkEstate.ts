import { LEVEL_LIMITS } from '../../shared/levelLimits';
import type { JsonPath } from '../../shared/schema/jsonPath';
import type { ProblemList } from '../problems';
import { checkRegion, checkZone, listOf, listThings, missing, type LevelIndex, type Miss } from './levelIndex';

/**
 * The starting estate refers to real places and things: zones of the named Region, load balancers in
 * the same Region, instance types the level allows, sizes that make sense.
 */
export function checkEstate(index: LevelIndex, problems: ProblemList): void {
  const report = (path: JsonPath, miss: Miss | undefined): boolean => {
    if (miss) problems.add(path, miss.message, miss.hint);
    return miss !== undefined;
  };
  const e = index.level.estate;

  e.instances?.forEach((inst, i) => {
    const at: JsonPath = ['estate', 'instances', i];
    const zoneMissing = report([...at, 'zone'], checkZone(index, inst.zone));
    checkAllowedType(index, inst.type, [...at, 'type'], problems);
    if (inst.loadBalancer !== undefined) {
      const lb = index.loadBalancers.get(inst.loadBalancer);
      const region = index.regionOf.get(inst.zone);
      if (!lb) report([...at, 'loadBalancer'], missing('load balancer', 'load balancers', inst.loadBalancer, index.loadBalancers.keys()));
      else if (!zoneMissing && index.zonesOf.has(lb.region) && region !== lb.region) {
        problems.add([...at, 'loadBalancer'], `load balancer "${lb.id}" is in region "${lb.region}", but ${inst.id} runs in region "${region}"`, 'a load balancer only reaches instances in its own Region');
      }
    }
  });

  e.loadBalancers?.forEach((lb, i) => {
    const at: JsonPath = ['estate', 'loadBalancers', i];
    if (report([...at, 'region'], checkRegion(index, lb.region))) return;
    checkZoneList(index, lb.zones, lb.region, [...at, 'zones'], problems);
  });

  e.scalingGroups?.forEach((g, i) => {
    const at: JsonPath = ['estate', 'scalingGroups', i];
    checkAllowedType(index, g.type, [...at, 'type'], problems);
    if (g.min > g.max) problems.add([...at, 'min'], `min (${g.min}) is more than max (${g.max})`);
    else if (g.desired < g.min || g.desired > g.max) problems.add([...at, 'desired'], `desired (${g.desired}) must lie between min (${g.min}) and max (${g.max})`);
    g.scheduled?.forEach((s, j) => {
      const sat: JsonPath = [...at, 'scheduled', j];
      if (s.min !== undefined && s.max !== undefined && s.min > s.max) problems.add([...sat, 'min'], `min (${s.min}) is more than max (${s.max})`);
    });
    if (report([...at, 'region'], checkRegion(index, g.region))) return;
    checkZoneList(index, g.zones, g.region, [...at, 'zones'], problems);
    if (g.loadBalancer !== undefined) {
      const lb = index.loadBalancers.get(g.loadBalancer);
      if (!lb) report([...at, 'loadBalancer'], missing('load balancer', 'load balancers', g.loadBalancer, index.loadBalancers.keys()));
      else if (index.zonesOf.has(lb.region) && lb.region !== g.region) {
        problems.add([...at, 'loadBalancer'], `load balancer "${lb.id}" is in region "${lb.region}", but the group launches in region "${g.region}"`, 'a load balancer only reaches instances in its own Region');
      }
    }
  });

  const committed = (e.instances?.length ?? 0) + (e.scalingGroups ?? []).reduce((n, g) => n + g.max, 0);
  if (committed > LEVEL_LIMITS.instancesAtOnce) {
    problems.add(
      ['estate'],
      `the estate holds ${committed} instances (its instances plus each Auto Scaling group's max); the game runs at most ${LEVEL_LIMITS.instancesAtOnce} at once`,
      `remove instances or lower the groups' max so the total is at most ${LEVEL_LIMITS.instancesAtOnce}`,
    );
  }

  e.databases?.forEach((db, i) => {
    const at: JsonPath = ['estate', 'databases', i];
    if (report([...at, 'region'], checkRegion(index, db.region))) return;
    report([...at, 'zone'], checkZone(index, db.zone, db.region));
    if (db.standbyZone !== undefined) {
      if (db.multiAz !== true) problems.add([...at, 'standbyZone'], 'a standby zone needs "multiAz": true', 'set "multiAz": true, or remove standbyZone');
      else if (db.standbyZone === db.zone) problems.add([...at, 'standbyZone'], `the standby must be in another zone than the primary ("${db.zone}")`, 'Multi-AZ keeps the standby in a different Availability Zone');
      else report([...at, 'standbyZone'], checkZone(index, db.standbyZone, db.region));
    }
    db.replicas?.forEach((r, j) => report([...at, 'replicas', j, 'zone'], checkZone(index, r.zone, db.region)));
  });

  // Kinds whose things only need to be in a Region of the level say so (LevelThing.region).
  for (const t of listThings(index.level)) if (t.region !== undefined) report([...t.at, 'region'], checkRegion(index, t.region));
}

function checkZoneList(index: LevelIndex, zones: readonly string[], region: string, at: JsonPath, problems: ProblemList): void {
  const seen = new Set<string>();
  zones.forEach((z, j) => {
    if (seen.has(z)) {
      problems.add([...at, j], `"${z}" is listed twice`);
      return;
    }
    seen.add(z);
    const miss = checkZone(index, z, region);
    if (miss) problems.add([...at, j], miss.message, miss.hint);
  });
}

function checkAllowedType(index: LevelIndex, type: string, at: JsonPath, problems: ProblemList): void {
  const allowed = index.level.allowedInstanceTypes;
  if (allowed === undefined || allowed.includes(type)) return;
  problems.add(at, `"${type}" is not one of the allowedInstanceTypes (${listOf(allowed) || 'none'})`, 'add it to allowedInstanceTypes, or use one of those');
}
