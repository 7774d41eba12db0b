import { SECONDS_PER_BILLING_MONTH } from './model/constants';
import { LEDGER_CATEGORIES } from './model/ledger';
import type { World } from './model/world';

/**
 * Checks the World's invariants and returns every violation (empty when sound). Run after every
 * step in tests and property tests: capacity and counts are never negative, money is whole
 * micro-dollars, uptime stays within 0–100 %, and every reference points at something that exists.
 */
export function checkInvariants(world: World): string[] {
  const out: string[] = [];
  const zones = new Map(world.zones.map((z) => [z.id, z]));
  const instances = new Map(world.instances.map((i) => [i.id, i]));
  const lbs = new Set(world.loadBalancers.map((l) => l.id));
  const groups = new Map(world.scalingGroups.map((g) => [g.id, g]));
  const ids = [...world.instances.map((i) => i.id), ...world.loadBalancers.map((l) => l.id), ...world.scalingGroups.map((g) => g.id), ...world.databases.map((d) => d.id)];
  if (new Set(ids).size !== ids.length) out.push('duplicate entity ids');
  if (!Number.isInteger(world.tick) || world.tick < 0 || world.tick > world.durationTicks) out.push(`tick ${world.tick} outside 0..${world.durationTicks}`);
  if (!Number.isInteger(world.rng) || world.rng < 0 || world.rng > 0xffffffff) out.push('rng state is not a uint32');

  for (const inst of world.instances) {
    const zone = zones.get(inst.zoneId);
    if (!zone) out.push(`${inst.id}: zone ${inst.zoneId} does not exist`);
    else if (zone.regionId !== inst.regionId) out.push(`${inst.id}: zone ${inst.zoneId} is not in ${inst.regionId}`);
    if (!world.subnets.some((s) => s.id === inst.subnetId)) out.push(`${inst.id}: subnet ${inst.subnetId} does not exist`);
    if (!(inst.capacityRps > 0)) out.push(`${inst.id}: capacity ${inst.capacityRps}`);
    if (!(inst.loadRps >= 0) || !(inst.utilisation >= 0)) out.push(`${inst.id}: negative load`);
    if (!Number.isInteger(inst.sessions) || inst.sessions < 0) out.push(`${inst.id}: sessions ${inst.sessions}`);
    if (inst.scalingGroupId !== null && !groups.has(inst.scalingGroupId)) out.push(`${inst.id}: group ${inst.scalingGroupId} does not exist`);
    if (inst.attachOnRunning !== null && !lbs.has(inst.attachOnRunning)) out.push(`${inst.id}: load balancer ${inst.attachOnRunning} does not exist`);
  }
  for (const lb of world.loadBalancers) {
    for (const z of lb.zoneIds) if (zones.get(z)?.regionId !== lb.regionId) out.push(`${lb.id}: zone ${z} not in ${lb.regionId}`);
    for (const t of lb.targets) {
      if (!instances.has(t.instanceId)) out.push(`${lb.id}: target ${t.instanceId} does not exist`);
      if (t.okStreak < 0 || t.failStreak < 0) out.push(`${lb.id}: negative streak`);
    }
  }
  for (const g of world.scalingGroups) {
    if (!(g.min <= g.desired && g.desired <= g.max && g.min >= 0)) out.push(`${g.id}: min ${g.min} desired ${g.desired} max ${g.max}`);
    if (g.loadBalancerId !== null && !lbs.has(g.loadBalancerId)) out.push(`${g.id}: load balancer ${g.loadBalancerId} does not exist`);
    for (const z of g.zoneIds) if (!zones.has(z)) out.push(`${g.id}: zone ${z} does not exist`);
  }
  for (const db of world.databases) {
    if (!zones.has(db.primaryZoneId)) out.push(`${db.id}: primary zone ${db.primaryZoneId} does not exist`);
    if (db.standbyZoneId !== null && !zones.has(db.standbyZoneId)) out.push(`${db.id}: standby zone ${db.standbyZoneId} does not exist`);
    for (const r of db.replicas) if (!zones.has(r.zoneId)) out.push(`${db.id}: replica zone ${r.zoneId} does not exist`);
  }
  const dns = world.dns;
  for (const ep of dns.endpoints) {
    // An instance endpoint may outlive its (terminated, pruned) instance: DNS then answers a dead address.
    if (ep.targetKind === 'loadBalancer' && !lbs.has(ep.targetId)) out.push(`dns ${ep.id}: target ${ep.targetId} does not exist`);
  }
  if (dns.answer.length !== dns.endpoints.length) out.push('dns answer does not match its endpoints');
  if (world.dr) for (const id of world.dr.instanceIds) if (!instances.has(id)) out.push(`dr: instance ${id} does not exist`);
  for (const f of world.faults) for (const id of f.affected) if (!instances.has(id)) out.push(`fault ${f.id}: instance ${id} does not exist`);

  for (const c of LEDGER_CATEGORIES) {
    const micros = world.ledger.micros[c];
    const rem = world.ledger.remainders[c];
    if (!Number.isSafeInteger(micros) || micros < 0) out.push(`ledger ${c}: ${micros} is not a whole, non-negative number of micro-dollars`);
    if (!Number.isSafeInteger(rem) || rem < 0 || rem >= SECONDS_PER_BILLING_MONTH) out.push(`ledger ${c}: remainder ${rem}`);
  }
  const m = world.metrics;
  for (const [k, v] of Object.entries({ requests: m.requests, served: m.served, failed: m.failed, slow: m.slow, windows: m.windows, goodWindows: m.goodWindows })) {
    if (!Number.isSafeInteger(v) || v < 0) out.push(`metrics.${k} = ${v}`);
  }
  if (m.goodWindows > m.windows) out.push('more good windows than windows: uptime above 100 %');
  if (m.served + m.failed + m.slow !== m.requests) out.push(`requests ${m.requests} ≠ served ${m.served} + failed ${m.failed} + slow ${m.slow}`);
  if (!Number.isInteger(m.dataLostSeconds) || m.dataLostSeconds < 0) out.push(`dataLostSeconds ${m.dataLostSeconds}`);
  return out;
}
