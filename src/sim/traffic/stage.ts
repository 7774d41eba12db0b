import type { World } from '../core/world';
import type { Route } from './route';
import type { Router } from './router';
import type { TrafficTally } from './tally';

/**
 * A kind's stage on the request path. The router (router.ts) walks them each tick:
 * - the `entry` stage (DNS) receives the tick's demand and hands each share to a front stage;
 * - a `front` stage (a load balancer, an instance answering DNS directly) serves what it receives;
 * - a `dependency` stage (a database) is called by what was served and fails a share of it.
 */
export interface Stage {
  readonly role: 'entry' | 'front' | 'dependency';
  /** entry: split `requests` among the front stages (router.deliver) and fold their routes into the tally. */
  readonly enter?: (world: World, requests: number, router: Router) => void;
  /** front: does node `id` belong to this kind? */
  readonly owns?: (world: World, id: string) => boolean;
  /** front: `share` requests arrive at node `id`; `route.front` names it for the calls it makes. */
  readonly receive?: (world: World, id: string, share: number, route: Route) => void;
  /** dependency: applied to what the front stages served this tick. */
  readonly depend?: (world: World, router: Router) => void;
}

export type { TrafficTally };
