import { derivedSlot } from '../../core/derived';
import type { World } from '../../core/world';
import { zoneIndexOf } from '../places/places';
import type { Instance } from './state';

export interface InstanceLoad {
  /** Requests sent to the instance in the last tick, answered or not. */
  loadRps: number;
  /**
   * Its CPU utilisation then (0 when it could not answer), 0–1: like CloudWatch's CPUUtilization it
   * never exceeds 100 %. Demand beyond capacity shows as load (loadRps) and as failed requests
   * (cause overload), not as a busier CPU.
   */
  utilisation: number;
}

/** Every instance's load in the last routed tick, indexed like world.instances (computed once per tick). */
interface Loads {
  tick: number;
  list: Instance[] | null;
  length: number;
  loadRps: Float64Array;
  utilisation: Float64Array;
}

/** A CPU is at most 100 % busy: the requests ÷ capacity ratio above 1 is overload, not utilisation. */
const busy = (rho: number): number => (rho < 1 ? rho : 1);

const slot = derivedSlot('instance.loads', (): Loads => ({ tick: -2, list: null, length: 0, loadRps: new Float64Array(0), utilisation: new Float64Array(0) }));

/**
 * The loads of the last routed tick, read off the published flows rather than stored per instance:
 * every in-service target of a load balancer that can answer runs at that load balancer's
 * utilisation for its AZ, one that cannot gets its share of attempts, and an instance DNS points at
 * takes what its record sent.
 */
export function instanceLoads(world: World): Loads {
  const flows = world.flows;
  const loads = slot(world);
  const list = world.instances;
  if (loads.tick === flows.tick && loads.list === list && loads.length === list.length) return loads;
  loads.tick = flows.tick;
  loads.list = list;
  loads.length = list.length;
  if (loads.loadRps.length < list.length) {
    loads.loadRps = new Float64Array(list.length * 2);
    loads.utilisation = new Float64Array(list.length * 2);
  } else {
    loads.loadRps.fill(0);
    loads.utilisation.fill(0);
  }
  if (flows.tick < 0) return loads;
  const indexOf = new Map<string, number>();
  list.forEach((inst, i) => indexOf.set(inst.id, i));
  const zoneIndex = zoneIndexOf(world);
  for (let b = 0; b < flows.balancers.length; b++) {
    const flow = flows.balancers[b]!;
    if (flow.receivedRps === 0) continue;
    for (let t = 0; t < flow.targets.length; t++) {
      const status = flow.status[t];
      const i = indexOf.get(flow.targets[t]!);
      if (status === 0 || i === undefined) continue;
      const inst = list[i]!;
      const z = zoneIndex.get(inst.zoneId) ?? -1;
      if (z < 0) continue;
      if (status === 2) {
        loads.loadRps[i]! += flow.liveRho[z]! * inst.capacityRps;
        loads.utilisation[i] = busy(flow.liveRho[z]!);
      } else {
        loads.loadRps[i]! += flow.deadPerCap[z]! * inst.capacityRps;
      }
    }
  }
  world.dns.endpoints.forEach((ep, e) => {
    const i = indexOf.get(ep.targetId);
    if (i === undefined) return;
    loads.loadRps[i]! += flows.endpointRps[e] ?? 0;
    if ((flows.endpointRho[e] ?? 0) > 0) loads.utilisation[i] = busy(flows.endpointRho[e]!);
  });
  return loads;
}

/** One instance's load in the last routed tick; none if its state changed since (a stop, a reboot). */
export function instanceLoad(world: World, inst: Instance): InstanceLoad {
  const flows = world.flows;
  if (flows.tick < 0 || inst.stateSinceTick > flows.tick) return { loadRps: 0, utilisation: 0 };
  const loads = instanceLoads(world);
  const i = indexIn(world, inst);
  return i < 0 ? { loadRps: 0, utilisation: 0 } : { loadRps: loads.loadRps[i]!, utilisation: loads.utilisation[i]! };
}

const positions = derivedSlot('instance.positions', () => ({ list: null as Instance[] | null, byInstance: new Map<Instance, number>() }));

function indexIn(world: World, inst: Instance): number {
  const p = positions(world);
  if (p.list !== world.instances || p.byInstance.size !== world.instances.length) {
    p.list = world.instances;
    p.byInstance.clear();
    world.instances.forEach((x, i) => p.byInstance.set(x, i));
  }
  return p.byInstance.get(inst) ?? -1;
}
