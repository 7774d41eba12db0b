import { defineKind } from '../../core/serviceKind';
import { DNS_CAUSES, DNS_EVENTS, DNS_LEDGER } from './names';
import { refreshDnsAnswer } from './answer';
import { setWeightsCommand } from './commands';
import { dnsHealthChecks } from './healthChecks';
import { DNS_DEFAULTS, dnsEstate, dnsLevelIds } from './spec';
import { dnsStage } from './stage';
import type { DnsSlice } from './state';

/** Route 53: records, routing policies, health checks with their detection time, and client caches (TTL). */
export const dnsKind = defineKind<DnsSlice>({
  name: 'dns',
  estate: dnsEstate,
  levelIds: dnsLevelIds,
  initial(scenario) {
    const spec = scenario.estate.dns;
    const lbIds = new Set((scenario.estate.loadBalancers ?? []).map((l) => l.id));
    return {
      dns: {
        policy: spec?.policy ?? 'simple',
        ttlTicks: spec?.ttlSeconds ?? DNS_DEFAULTS.ttlTicks,
        intervalTicks: DNS_DEFAULTS.intervalTicks,
        failureThreshold: DNS_DEFAULTS.failureThreshold,
        endpoints: (spec?.endpoints ?? []).map((e) => ({
          id: e.id,
          regionId: e.region,
          targetKind: lbIds.has(e.target) ? ('loadBalancer' as const) : ('instance' as const),
          targetId: e.target,
          role: e.role ?? ('primary' as const),
          weight: e.weight ?? 1,
          healthy: true,
          failStreak: 0,
          okStreak: 0,
        })),
        answer: [],
        previousAnswer: [],
        answerChangedTick: 0,
        pinned: null,
      },
    };
  },
  build(world, events) {
    refreshDnsAnswer(world, events);
  },
  // The starting estate has been serving for a while: clients' caches already hold today's answer.
  settle(world) {
    world.dns.previousAnswer = [...world.dns.answer];
  },
  systems: [dnsHealthChecks],
  commands: [setWeightsCommand],
  stage: dnsStage,
  ledgerCategories: DNS_LEDGER,
  failureCauses: DNS_CAUSES,
  events: DNS_EVENTS,
  invariants(world, out) {
    const dns = world.dns;
    const lbs = new Set(world.loadBalancers.map((l) => l.id));
    for (const ep of dns.endpoints) {
      // An instance endpoint may outlive its (terminated, pruned) instance: DNS then answers a dead address.
      if (ep.targetKind === 'loadBalancer' && !lbs.has(ep.targetId)) out.push(`dns ${ep.id}: target ${ep.targetId} does not exist`);
    }
    if (dns.answer.length !== dns.endpoints.length) out.push('dns answer does not match its endpoints');
  },
});
