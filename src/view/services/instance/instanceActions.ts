import { INSTANCE_TYPES, instanceHourlyMicros, instanceType, TIMING, type World } from '../../../sim';
import { formatPerHour as perHour } from '../../format';
import { numberKey, type Action, type ActionSet } from '../serviceView';
import { launchFormAction } from './launchForm';

/** The types a player may launch or resize to: the level's list, or a small ladder (at most nine, keys 1–9). */
const launchableTypes = (world: World): string[] => (world.scenario.allowedInstanceTypes ?? ['t3.small', 'm5.large', 'm5.xlarge', 'm5.2xlarge']).slice(0, 9);

/** Launching is done from the AZ it goes into; a launch joins its Region's load balancer. */
export const launchActions: ActionSet = {
  on: 'zone',
  commands: ['instance.launch'],
  offer(world, zoneId) {
    const zone = world.zones.find((z) => z.id === zoneId);
    if (!zone) return [];
    const lb = world.loadBalancers.find((l) => l.regionId === zone.regionId);
    const form = launchFormAction(world, zone.id, launchableTypes(world));
    const quick: Action[] = launchableTypes(world).flatMap((t, i): Action[] => {
      const spec = instanceType(t);
      if (!spec) return [];
      return [
        {
          label: `Launch ${t}`,
          key: numberKey(i),
          command: { type: 'instance.launch', zoneId: zone.id, instanceType: t, ...(lb ? { loadBalancerId: lb.id } : {}) },
          consequence: `boots in about ${TIMING.bootTicks + TIMING.appStartTicks} s${lb ? `, joins ${lb.id}` : ''}, serves ${spec.capacityRps} req/s, ${perHour(instanceHourlyMicros({ type: t, purchase: 'onDemand' }))}`,
        },
      ];
    });
    return form ? [...quick, form] : quick;
  },
};

/**
 * An instance's lifecycle, its load balancer membership and its end. Prices are the simulation's
 * own formula (instanceHourlyMicros: list price less the spot discount).
 */
export const instanceActions: ActionSet = {
  on: 'instance',
  commands: ['instance.stop', 'instance.reboot', 'instance.start', 'instance.resize', 'loadBalancer.detach', 'loadBalancer.attach', 'instance.terminate'],
  offer(world, id) {
    const inst = world.instances.find((i) => i.id === id);
    if (!inst) return [];
    const out: ReturnType<ActionSet['offer']> = [];
    const rate = instanceHourlyMicros(inst);
    const lb = world.loadBalancers.find((l) => l.regionId === inst.regionId);
    const behind = world.loadBalancers.find((l) => l.targets.some((t) => t.instanceId === inst.id));
    if (inst.state === 'running' || inst.state === 'pending') {
      out.push({ label: 'Stop', key: 'o', command: { type: 'instance.stop', instanceId: inst.id }, consequence: `stops in ${TIMING.stopTicks} s; then only its ${inst.diskGb} GB disk bills (${perHour(-rate)}); memory and sessions are lost` });
      out.push({ label: 'Reboot', key: 'b', command: { type: 'instance.reboot', instanceId: inst.id }, consequence: `down for about ${TIMING.rebootTicks} s; sessions in memory are lost; billing continues` });
    }
    if (inst.state === 'stopped') {
      out.push({ label: 'Start', key: 'a', command: { type: 'instance.start', instanceId: inst.id }, consequence: `boots in about ${TIMING.bootTicks + TIMING.appStartTicks} s; bills ${perHour(rate)} (at least 60 s)` });
      const spec = instanceType(inst.type);
      if (spec) {
        INSTANCE_TYPES.filter((t) => t.family === spec.family && t.name !== spec.name && launchableTypes(world).includes(t.name)).forEach((t, i) =>
          out.push({
            label: `Resize to ${t.name}`,
            key: numberKey(i),
            command: { type: 'instance.resize', instanceId: inst.id, instanceType: t.name },
            consequence: `serves ${t.capacityRps} req/s once started, ${perHour(instanceHourlyMicros({ type: t.name, purchase: inst.purchase }) - rate)}`,
          }),
        );
      }
    }
    if (inst.state === 'terminated' || inst.state === 'shuttingDown') return out;
    if (behind) out.push({ label: `Detach from ${behind.id}`, key: 'd', command: { type: 'loadBalancer.detach', loadBalancerId: behind.id, instanceId: inst.id }, consequence: 'the load balancer stops sending it requests at once (do this before a stop)' });
    else if (lb) out.push({ label: `Attach to ${lb.id}`, key: 'l', command: { type: 'loadBalancer.attach', loadBalancerId: lb.id, instanceId: inst.id }, consequence: 'gets traffic after it passes one health check' });
    out.push({ label: 'Terminate', key: 't', command: { type: 'instance.terminate', instanceId: inst.id }, consequence: 'gone for good: stops billing, cannot be started again', confirm: `Terminate ${inst.id}? A terminated instance cannot be started again.` });
    return out;
  },
};
