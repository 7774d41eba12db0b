import type { World } from '../../core/world';
import type { Route } from '../../traffic/route';
import type { LoadBalancer } from '../loadBalancer/state';

/**
 * In-memory sessions without stickiness: a request lands on an instance that does not hold its
 * session (n−1 times in n) and fails — horizontal scaling needs sticky sessions or a store.
 */
export function sessionMisses(world: World, lb: LoadBalancer, route: Route, servedGood: number, liveCount: number): void {
  if (world.sessions.mode !== 'memory' || lb.sticky || liveCount <= 1) return;
  const missed = (servedGood * route.tr.sessionPct * (liveCount - 1)) / (100 * liveCount);
  route.good -= missed;
  route.fail('session', missed);
}
