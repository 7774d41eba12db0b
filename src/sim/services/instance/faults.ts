import { fail, ok, type Result } from '../../../shared/result';
import { setAlarm } from '../../core/alarms';
import { noteInstanceChanged } from '../../core/changes';
import type { EventSink } from '../../core/events';
import type { World } from '../../core/world';
import { defineFault, type FaultRequest } from '../../faults/defineFault';
import { TIMING } from './constants';
import { findInstance } from './findInstance';
import type { Instance } from './state';
import { transitionInstance } from './transitionInstance';

/** Faults that reach one instance, shaped like FIS's aws:ec2:* actions. */

function target(world: World, req: FaultRequest): Result<Instance> {
  const inst = findInstance(world, req.targetId ?? '');
  return inst && inst.state !== 'terminated' ? ok(inst) : fail(`${req.kind} needs a live instance id; "${req.targetId ?? ''}" is not one`);
}

const runningOrPending = (i: Instance) => i.state === 'running' || i.state === 'pending';

/** One instance fault whose effect is a machine event (a refusal, e.g. stopping what is stopped, does nothing). */
function eventFault(kind: 'instance.terminate' | 'instance.stop' | 'instance.reboot', event: 'TERMINATE' | 'STOP' | 'REBOOT', summary: string, defaultDurationSeconds: number) {
  return defineFault({
    kind,
    summary,
    targets: 'instance',
    defaultDurationSeconds,
    durationOptional: kind === 'instance.stop',
    check: target,
    start(world, inst, _req, affected, events: EventSink) {
      const moved = transitionInstance(world, inst, { type: event }, events, `fault: ${kind}`);
      // FIS startInstancesAfterDuration: what a stop fault stopped is started again when it ends.
      if (moved.ok && kind === 'instance.stop') affected.push(inst.id);
    },
    pool: (world) => world.instances,
    eligible: runningOrPending,
  });
}

export const instanceTerminate = eventFault('instance.terminate', 'TERMINATE', 'An instance is terminated (aws:ec2:terminate-instances).', 0);
export const instanceStop = eventFault('instance.stop', 'STOP', 'An instance is stopped, and started again when the fault ends (aws:ec2:stop-instances).', 600);
export const instanceReboot = eventFault('instance.reboot', 'REBOOT', 'An instance reboots: its app is down for a minute (aws:ec2:reboot-instances).', 0);

export const instanceSpotInterruption = defineFault({
  kind: 'instance.spotInterruption',
  summary: 'AWS reclaims a spot instance after a two-minute notice (aws:ec2:send-spot-instance-interruptions).',
  targets: 'instance',
  defaultDurationSeconds: 0,
  check(world, req) {
    const found = target(world, req);
    if (!found.ok) return found;
    return found.value.purchase === 'spot' ? found : fail(`spot interruptions only reach spot instances; ${found.value.id} is on-demand`);
  },
  start(world, inst, _req, _affected, events) {
    inst.spotReclaimTick = world.tick + TIMING.spotNoticeTicks;
    setAlarm(world.instanceAlarms, inst.spotReclaimTick, inst.id);
    events.push({ tick: world.tick, type: 'instance.spotInterruptionNoticed', subject: inst.id, value: TIMING.spotNoticeTicks });
  },
  pool: (world) => world.instances,
  eligible: (i) => i.state === 'running' && i.purchase === 'spot' && i.spotReclaimTick === null,
});

/** A grey failure: the instance answers ten times slower but still passes its health checks. */
export const instanceGreyFailure = defineFault({
  kind: 'instance.greyFailure',
  summary: 'An instance turns slow (ten times) but still passes its health checks: a grey failure.',
  targets: 'instance',
  defaultDurationSeconds: 900,
  check: target,
  start(world, inst, req) {
    inst.greyUntilTick = world.tick + (req.durationSeconds ?? 900);
    // How it serves changed: the router's plans take it in again.
    noteInstanceChanged(world, inst.id);
  },
  pool: (world) => world.instances,
  eligible: runningOrPending,
});

export const instanceFaults = [instanceTerminate, instanceStop, instanceReboot, instanceSpotInterruption, instanceGreyFailure] as const;
