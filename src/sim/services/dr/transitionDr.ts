import type { Result } from '../../../shared/result';
import { advance, leavesTagged } from '../../machines/advance';
import { drMachine, type DrEvent, type DrState } from './machine';
import type { DrPlan } from './state';

/** Moves the DR plan's machine; a refusal changes nothing. */
export function transitionDr(plan: DrPlan, event: DrEvent): Result<DrState> {
  const t = advance(drMachine, plan.state, event);
  if (!t.ok) return t;
  plan.state = t.value.next;
  return { ok: true, value: plan.state };
}

export const DR_BUSY = leavesTagged(drMachine, 'busy');
export const FAILING_OVER = new Set<DrState>(['preparingFailover', 'switchingToDr']);
export const PREPARING = new Set<DrState>(['preparingFailover', 'preparingFailback']);
