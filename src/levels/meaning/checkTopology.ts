import type { JsonPath } from '../../shared/schema/jsonPath';
import type { ProblemList } from '../problems';
import { missing, whatIs, type LevelIndex } from './levelIndex';

/**
 * Each call goes from a front component (a load balancer, or an instance DNS points at) to a
 * database, once. Several databases are meaningful: each call is a request path of its own.
 */
export function checkTopology(index: LevelIndex, problems: ProblemList): void {
  const seen = new Set<string>();
  index.level.topology?.calls?.forEach((call, i) => {
    const at: JsonPath = ['topology', 'calls', i];
    if (!index.loadBalancers.has(call.from) && !index.instances.has(call.from)) {
      const what = whatIs(index, call.from);
      if (what) problems.add([...at, 'from'], `"${call.from}" is ${what}; a call starts at a load balancer or an instance (what serves the request)`);
      else {
        const miss = missing('load balancer or instance', 'load balancers or instances', call.from, [...index.loadBalancers.keys(), ...index.instances.keys()]);
        problems.add([...at, 'from'], miss.message, miss.hint);
      }
    }
    if (!index.databases.has(call.to)) {
      const what = whatIs(index, call.to);
      if (what) problems.add([...at, 'to'], `"${call.to}" is ${what}; a call goes to a database`);
      else {
        const miss = missing('database', 'databases', call.to, [...index.databases.keys()]);
        problems.add([...at, 'to'], miss.message, miss.hint);
      }
    }
    const key = `${call.from} → ${call.to}`;
    if (seen.has(key)) problems.add(at, `${key} is listed twice`, 'keep one call per pair and set its sharePct');
    seen.add(key);
  });
}
