import { SERVICE_KINDS } from '../services/registry';
import type { Reactions } from './serviceKind';

type Args<K extends keyof Reactions> = Parameters<NonNullable<Reactions[K]>>;

/**
 * Tells every kind, in registry order, that something happened elsewhere (a zone went dark, a fault
 * ended, instances were pruned): how an outage reaches the kinds without the fault naming them.
 */
export function react<K extends keyof Reactions>(what: K, ...args: Args<K>): void {
  for (const kind of SERVICE_KINDS) {
    const handler = kind.reactions?.[what] as ((...a: Args<K>) => void) | undefined;
    handler?.(...args);
  }
}
