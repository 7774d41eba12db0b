import { PRICES } from '../../sim';
import { formatPerHour as perHour } from '../format';
import { instanceStateName } from './instance/instanceWords';
import type { ServiceView } from './serviceView';

/** Why sessions were lost, in the player's words: "instance shutting down", "left shop-alb". */
const lostWhy = (detail: string | undefined): string => (detail ?? '').replace(/^instance (\w+)$/, (_m, state: string) => `instance ${instanceStateName(state)}`);

/** Where user sessions live: in each instance's memory, or in a shared store (ElastiCache). */
export const sessionStoreView: ServiceView = {
  simKind: 'sessionStore',
  actions: [
    {
      // A setting of the whole service, offered on it (dns.ts).
      on: 'service',
      commands: ['session.setMode'],
      offer(world) {
        const inMemory = world.sessions.mode === 'memory';
        return [
          {
            label: inMemory ? 'Keep sessions in a store' : 'Keep sessions in memory',
            key: 'j',
            command: { type: 'session.setMode', mode: inMemory ? 'store' : 'memory' },
            consequence: inMemory ? `sessions survive instances; ${perHour(PRICES.sessionStoreHourMicros)}` : 'sessions die with their instance',
          },
        ];
      },
    },
  ],
  events: {
    'sessions.lost': { log: (s, d, v) => `${v ?? 0} user sessions lost with ${s} (${lostWhy(d)})` },
    'sessions.modeChanged': { log: (_s, d) => `Sessions now kept in ${d}` },
  },
  causes: { session: { name: 'Session', why: 'shoppers logged out, baskets lost: in-memory sessions gone with their server, or on another server' } },
  ledger: { sessionStore: 'Session store' },
};
