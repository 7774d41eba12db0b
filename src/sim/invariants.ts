import { SECONDS_PER_BILLING_MONTH } from './core/constants';
import type { World } from './core/world';
import { LEDGER_CATEGORIES } from './names';
import { SERVICE_KINDS } from './services/registry';

/**
 * Checks the World's invariants and returns every violation (empty when sound). Run after every
 * step in tests and property tests: capacity and counts are never negative, money is whole
 * micro-dollars, uptime stays within 0–100 %, and every reference points at something that exists.
 * The engine checks its own part; each kind checks its own (`invariants` in its record).
 */
export function checkInvariants(world: World): string[] {
  const out: string[] = [];
  const ids = [...world.instances.map((i) => i.id), ...world.loadBalancers.map((l) => l.id), ...world.scalingGroups.map((g) => g.id), ...world.databases.map((d) => d.id)];
  if (new Set(ids).size !== ids.length) out.push('duplicate entity ids');
  if (!Number.isInteger(world.tick) || world.tick < 0 || world.tick > world.durationTicks) out.push(`tick ${world.tick} outside 0..${world.durationTicks}`);
  if (!Number.isInteger(world.rng) || world.rng < 0 || world.rng > 0xffffffff) out.push('rng state is not a uint32');
  for (const kind of SERVICE_KINDS) kind.invariants?.(world, out);

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
