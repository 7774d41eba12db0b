import { setup } from 'xstate';
import type { StateNameOf } from '../../machines/advance';
import { declared } from '../../machines/interpret';
import { TIMING } from './constants';

type InstanceEventName =
  | 'instance.started'
  | 'instance.running'
  | 'instance.rebooting'
  | 'instance.rebooted'
  | 'instance.stopping'
  | 'instance.stopped'
  | 'instance.shuttingDown'
  | 'instance.terminated';

const instanceActions = {
  setDeadline: declared<{ ticks: number }>(),
  emit: declared<{ event: InstanceEventName }>(),
  /** Leaving running or rebooting settles the 60-second minimum of this billing period (DOMAIN §4.1). */
  settleMinimumBill: declared(),
  /** RAM is erased on stop, reboot and terminate: in-memory sessions are lost (DOMAIN §4.2). */
  eraseMemory: declared(),
  /** A boot from pending starts a new billing period; a reboot does not. */
  startBillingPeriod: declared(),
  /** The application starts accepting requests a little after the OS is up. */
  startApp: declared(),
  clearSpotNotice: declared(),
  markTerminated: declared(),
};
export type InstanceActions = typeof instanceActions;

/**
 * An EC2 instance's life: AWS's own states pending, running, stopping, stopped, shutting-down and
 * terminated, plus a reboot, which keeps the instance on its host (and in its billing period: both
 * sit under `billing`, whose exit settles the 60-second minimum).
 * Lessons the machine enforces:
 * - terminated is final: a terminated instance can never be started again; you launch a new one.
 * - changing the instance type (RESIZE) needs a stop first, so it is legal only in `stopped`.
 * - losing power (the zone goes dark) drops any live instance straight to stopped — its EBS volume
 *   survives, which is why it can be started again when power returns.
 * Tags say what a state means to the rest of the game: `serving` (can answer once its app is up),
 * `billsCompute`, `alive` (counts as capacity to an Auto Scaling group), `keepsDisk`.
 * Deadlines are ticks set by `setDeadline`; the lifecycle system sends BOOTED / STOPPED / … when they pass.
 */
export type InstanceEvent =
  | { type: 'BOOTED' }
  | { type: 'STOP' }
  | { type: 'STOPPED' }
  | { type: 'START' }
  | { type: 'REBOOT' }
  | { type: 'REBOOTED' }
  | { type: 'RESIZE' }
  | { type: 'TERMINATE' }
  | { type: 'TERMINATED' }
  | { type: 'POWER_LOST' };

const emit = (event: InstanceEventName) => ({ type: 'emit' as const, params: { event } });
const deadline = (ticks: number) => ({ type: 'setDeadline' as const, params: { ticks } });

export const instanceMachine = setup({ types: {} as { events: InstanceEvent }, actions: instanceActions }).createMachine({
  id: 'instance',
  initial: 'pending',
  states: {
    pending: {
      tags: ['alive', 'keepsDisk'],
      entry: [deadline(TIMING.bootTicks)],
      on: {
        BOOTED: { target: '#instance.billing.running', actions: ['startBillingPeriod', emit('instance.running')] },
        STOP: 'stopping',
        TERMINATE: 'shuttingDown',
        POWER_LOST: 'stopped',
      },
    },
    billing: {
      tags: ['billsCompute'],
      exit: ['settleMinimumBill'],
      initial: 'running',
      states: {
        running: {
          tags: ['alive', 'keepsDisk', 'serving'],
          entry: ['startApp'],
          exit: ['eraseMemory'],
          on: { STOP: '#instance.stopping', REBOOT: 'rebooting', TERMINATE: '#instance.shuttingDown', POWER_LOST: '#instance.stopped' },
        },
        rebooting: {
          tags: ['alive', 'keepsDisk'],
          entry: [deadline(TIMING.rebootTicks), emit('instance.rebooting')],
          on: {
            REBOOTED: { target: 'running', actions: [emit('instance.rebooted')] },
            STOP: '#instance.stopping',
            TERMINATE: '#instance.shuttingDown',
            POWER_LOST: '#instance.stopped',
          },
        },
      },
    },
    stopping: {
      tags: ['alive', 'keepsDisk'],
      entry: [deadline(TIMING.stopTicks), emit('instance.stopping')],
      on: { STOPPED: 'stopped', TERMINATE: 'shuttingDown', POWER_LOST: 'stopped' },
    },
    stopped: {
      tags: ['alive', 'keepsDisk'],
      entry: ['clearSpotNotice', emit('instance.stopped')],
      // RESIZE is accepted here and only here; a self-transition (no exit or entry): the command changes the type.
      on: { START: { target: 'pending', actions: [emit('instance.started')] }, RESIZE: 'stopped', TERMINATE: 'shuttingDown' },
    },
    shuttingDown: {
      tags: ['keepsDisk'],
      entry: [deadline(TIMING.terminateTicks), emit('instance.shuttingDown')],
      on: { TERMINATED: 'terminated' },
    },
    // Final: every event, START included, is refused.
    terminated: { type: 'final', entry: ['markTerminated', 'clearSpotNotice', emit('instance.terminated')] },
  },
});

export type InstanceState = StateNameOf<typeof instanceMachine>;

/** Every instance state, in the machine's order (the board draws one look per state). */
export const INSTANCE_STATES = ['pending', 'running', 'rebooting', 'stopping', 'stopped', 'shuttingDown', 'terminated'] as const satisfies readonly InstanceState[];
type AllStatesListed = [InstanceState] extends [(typeof INSTANCE_STATES)[number]] ? true : never;
/** Fails to compile if the machine gains a state that INSTANCE_STATES does not list. */
export const INSTANCE_STATES_COMPLETE: AllStatesListed = true;
