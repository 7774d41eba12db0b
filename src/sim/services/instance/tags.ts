import { leavesTagged } from '../../machines/advance';
import { instanceMachine } from './machine';
import type { Instance } from './state';

/** What an instance's state means to the rest of the game, read off the machine's tags once. */
const SERVING = leavesTagged(instanceMachine, 'serving');
export const ALIVE = leavesTagged(instanceMachine, 'alive');
export const BILLS_COMPUTE = leavesTagged(instanceMachine, 'billsCompute');
export const KEEPS_DISK = leavesTagged(instanceMachine, 'keepsDisk');

/** Running with its application up: can answer requests this tick (if its zone is up). */
export function isServing(inst: Instance, now: number): boolean {
  return SERVING.has(inst.state) && inst.appReadyTick !== null && inst.appReadyTick <= now;
}
