import type { Instance, World } from '../../../sim';
import { instanceLoad } from '../../../sim/readModel';

/**
 * How busy a running instance is, as an operator's dashboard says it: CPU at most 100 %, and the
 * demand it could not serve named as overload (those requests fail), never a CPU above 100 %.
 */
export function busyWords(world: World, inst: Instance): string {
  const load = instanceLoad(world, inst);
  const pct = `${Math.round(load.utilisation * 100)} % busy`;
  const excess = Math.round(load.loadRps - inst.capacityRps);
  return load.utilisation >= 1 && excess >= 1 ? `${pct}, overloaded: ${excess} req/s more than it can serve fail` : pct;
}
