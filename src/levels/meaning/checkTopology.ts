import { SERVICE_KINDS } from '../../sim';
import type { JsonPath } from '../../shared/schema/jsonPath';
import type { ProblemList } from '../problems';
import { missing, whatIs, type LevelIndex } from './levelIndex';

/** The kinds a call can go to: those whose stage on the request path is a dependency (databases …), in registry order. */
const CALLED = SERVICE_KINDS.filter((k) => k.stage?.role === 'dependency' && k.levelIds);
/** "databases", "databases or queues" */
const calledNouns = (): string => CALLED.map((k) => k.levelIds!.noun[1]).join(' or ');
/** "database", "database or queue" */
const calledNoun = (): string => CALLED.map((k) => k.levelIds!.noun[0]).join(' or ');
/** "a database", "a database or a queue" */
const aCalledNoun = (): string => CALLED.map((k) => `${/^[aeiou]/i.test(k.levelIds!.noun[0]) ? 'an' : 'a'} ${k.levelIds!.noun[0]}`).join(' or ');
const CALLED_NAMES = new Set(CALLED.map((k) => k.name));

/**
 * Each call goes from a front component (a load balancer, or an instance DNS points at) to a
 * component behind it (a database …), once. Several are meaningful: each call is a request path of its own.
 */
export function checkTopology(index: LevelIndex, problems: ProblemList): void {
  const seen = new Set<string>();
  const called = [...index.things.values()].filter((t) => !t.part && CALLED_NAMES.has(t.kind)).map((t) => t.id);
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
    if (!called.includes(call.to)) {
      const what = whatIs(index, call.to);
      if (what) problems.add([...at, 'to'], `"${call.to}" is ${what}; a call goes to ${aCalledNoun()}`);
      else {
        const miss = missing(calledNoun(), calledNouns(), call.to, called);
        problems.add([...at, 'to'], miss.message, miss.hint);
      }
    }
    const key = `${call.from} → ${call.to}`;
    if (seen.has(key)) problems.add(at, `${key} is listed twice`, 'keep one call per pair and set its sharePct');
    seen.add(key);
  });
}
