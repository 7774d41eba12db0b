import type { Result } from '../../../shared/result';
import { advance, leavesTagged } from '../../machines/advance';
import { scalingMachine, type ScalingEvent, type ScalingState } from './machine';
import type { ScalingGroup } from './state';

/** Moves a group's activity machine; a refusal (scale-in during cooldown …) changes nothing. */
export function transitionGroup(g: ScalingGroup, event: ScalingEvent): Result<ScalingState> {
  const t = advance(scalingMachine, g.state, event);
  if (!t.ok) return t;
  g.state = t.value.next;
  return { ok: true, value: g.state };
}

export const IDLE = leavesTagged(scalingMachine, 'idle');
