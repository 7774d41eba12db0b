import { type World } from '../../../sim';
import { SERVICE_VIEWS } from '../../services/registry';
import type { BlastMark } from './blastMark';

/** Region shades are drawn first, then AZs inside them, then DNS's pill beside the DNS box. */
const SCOPE_ORDER: readonly BlastMark['scope'][] = ['region', 'zone', 'dns'];

/** Every fault's blast radius right now: each service kind marks what its failures hit. */
export function blastRadius(world: World): BlastMark[] {
  const marks = SERVICE_VIEWS.flatMap((v) => v.blast?.(world) ?? []);
  return marks.sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope));
}
