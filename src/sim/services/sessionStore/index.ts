import { fail, ok } from '../../../shared/result';
import { oneOf, required } from '../../../shared/schema/dsl';
import { defineCommand } from '../../commands/defineCommand';
import { chargeHourly } from '../../core/ledger';
import { defineKind } from '../../core/serviceKind';
import { SESSION_CAUSES, SESSION_EVENTS, SESSION_LEDGER } from './names';
import { SESSION_MODES, SESSION_STORE_HOUR_MICROS, sessionEstate } from './spec';
import type { SessionSlice } from './state';
import { trackSessions } from './trackSessions';

export const setSessionModeCommand = defineCommand({
  type: 'session.setMode',
  summary: 'Keep user sessions in each instance\'s memory, or in a shared off-host store ($0.034/h).',
  fields: { mode: required(oneOf(SESSION_MODES, { description: 'memory or store.', noun: 'session mode' })) },
  check: (world, c) => (world.sessions.mode === c.mode ? fail(`sessions are already kept in ${c.mode}`) : ok(true)),
  apply(world, c, _ok, events) {
    world.sessions.mode = c.mode;
    // Moving sessions into the store keeps them; moving back to memory starts every instance empty.
    for (const inst of world.instances) inst.sessions = 0;
    events.push({ tick: world.tick, type: 'sessions.modeChanged', detail: c.mode });
    return c.mode;
  },
});

/** Where user sessions live: in each instance's memory (lost with it) or in a shared store. */
export const sessionStoreKind = defineKind<SessionSlice>({
  name: 'sessionStore',
  estate: sessionEstate,
  initial: (scenario) => ({ sessions: { mode: scenario.estate.sessions ?? 'memory' } }),
  systems: [trackSessions],
  commands: [setSessionModeCommand],
  bill(world, ledger) {
    if (world.sessions.mode === 'store') chargeHourly(ledger, 'sessionStore', SESSION_STORE_HOUR_MICROS, 1);
  },
  ledgerCategories: SESSION_LEDGER,
  failureCauses: SESSION_CAUSES,
  events: SESSION_EVENTS,
});
