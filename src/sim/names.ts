import { CORE_EVENTS, type SimEventType } from './core/events';
import type { FailureCause, LedgerCategory } from './core/ledger';
import { SERVICE_KINDS } from './services/registry';
import { CORE_CAUSES, CORE_LEDGER } from './traffic/names';

/** Every event type, ledger category and failure cause: the engine's own, then each kind's, in registry order. */
export const EVENT_TYPES = [...CORE_EVENTS, ...SERVICE_KINDS.flatMap((k) => k.events)] as readonly SimEventType[];
export const LEDGER_CATEGORIES = [...SERVICE_KINDS.flatMap((k) => k.ledgerCategories), ...CORE_LEDGER] as readonly LedgerCategory[];
export const FAILURE_CAUSES = [...SERVICE_KINDS.flatMap((k) => k.failureCauses), ...CORE_CAUSES] as readonly FailureCause[];
