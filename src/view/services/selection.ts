/**
 * What the player has selected on the board or in the estate list: an entity kind of some service
 * descriptor ('instance', 'zone', 'loadBalancer' …) and its id. The whole service (the DNS box at the
 * top of the board) has no id. The kinds are open on purpose: a new descriptor brings its own, and
 * tests/unit/serviceViews.test.ts checks that every selectable kind has one.
 */
export interface Selection {
  kind: string;
  id?: string;
}

/** The selection's id ('' for the whole service), as the descriptors take it. */
export const selectionId = (sel: Selection): string => sel.id ?? '';

/** A selection of `kind`; an empty id selects the one thing of that kind (the service). */
export const selectionOf = (kind: string, id: string): Selection => (id === '' ? { kind } : { kind, id });

/** Same kind and id. */
export const sameSelection = (a: Selection | null, b: Selection | null): boolean => (a === null || b === null ? a === b : a.kind === b.kind && selectionId(a) === selectionId(b));
