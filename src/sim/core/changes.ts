import { derivedSlot } from './derived';
import type { World } from './world';

/**
 * Who needs to hear that an instance may now serve differently (its state, its app, its capacity, a
 * grey failure, its target's health): the systems that keep something derived per instance (routing
 * plans, health checks) and would otherwise look at every instance again. Each listener has its own
 * feed; a feed that starts fresh (a new or cloned World) says "everything", so derived state is always
 * rebuilt from the World, never trusted across it.
 */
export interface ChangeFeed {
  /** Look at everything (a zone or Region changed, or nothing has been looked at yet). */
  all: boolean;
  ids: Set<string>;
}

const feeds = derivedSlot('changes.feeds', () => new Map<string, ChangeFeed>());

export function changeFeed(world: World, listener: string): ChangeFeed {
  const map = feeds(world);
  let feed = map.get(listener);
  if (!feed) map.set(listener, (feed = { all: true, ids: new Set() }));
  return feed;
}

/** This instance may now answer differently. Bumps the liveness version too (the coarse signal). */
export function noteInstanceChanged(world: World, instanceId: string): void {
  world.livenessVersion += 1;
  for (const feed of feeds(world).values()) if (!feed.all) feed.ids.add(instanceId);
}

/** Something that reaches many instances at once changed (a zone, a Region): every listener looks again. */
export function noteEverythingChanged(world: World): void {
  world.livenessVersion += 1;
  for (const feed of feeds(world).values()) {
    feed.all = true;
    feed.ids.clear();
  }
}

/** Hands over what changed since the listener last asked, and starts its feed afresh. */
export function drain(feed: ChangeFeed): { all: boolean; ids: string[] } {
  const out = { all: feed.all, ids: feed.all ? [] : [...feed.ids] };
  feed.all = false;
  feed.ids.clear();
  return out;
}
