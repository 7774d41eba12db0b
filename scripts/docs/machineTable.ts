import type { AnyStateMachine } from 'xstate';
import { code, table } from './markdown';
import { machineRows, type MachineAction, type MachineMove } from './machineRows';

/** A plain word stays bare; anything else (spaces, punctuation) is quoted so the reader sees where it ends. */
function formatValue(value: unknown): string {
  return typeof value === 'string' && /^[\w.-]+$/.test(value) ? value : JSON.stringify(value);
}

/** `setDeadline(ticks: 40)`, `emit(event: instance.stopped)`, `startApp`. */
export function formatAction(action: MachineAction): string {
  const params = action.params;
  if (params === undefined || params === null) return action.type;
  if (typeof params !== 'object') return `${action.type}(${formatValue(params)})`;
  const args = Object.entries(params as Record<string, unknown>).map(([k, v]) => `${k}: ${formatValue(v)}`);
  return `${action.type}(${args.join(', ')})`;
}

function formatEvent(move: MachineMove): string {
  if (move.guard !== null) return `${code(move.event)} [${move.guard}]`;
  return move.otherwise ? `${code(move.event)} [otherwise]` : code(move.event);
}

/**
 * One machine as a Markdown table: a row per leaf state and accepted event, with the state's tags,
 * the next state and the actions run (exit, transition, entry, in XState's order).
 */
export function machineTable(name: string, kind: string, machine: AnyStateMachine): string {
  const rows = machineRows(machine);
  const body: string[][] = [];
  for (const row of rows) {
    const label = [code(row.state), row.parents.length > 0 ? `(in ${row.parents.map(code).join(' › ')})` : '', row.initial ? '(initial)' : '', row.final ? '(final)' : '']
      .filter((s) => s !== '')
      .join(' ');
    const tags = row.tags.length > 0 ? row.tags.map(code).join(', ') : '—';
    if (row.moves.length === 0) {
      body.push([label, tags, 'refuses every event', '—', '—']);
      continue;
    }
    row.moves.forEach((move, i) => {
      const actions = move.actions.length > 0 ? move.actions.map((a) => code(formatAction(a))).join(', ') : '—';
      body.push([i === 0 ? label : '', i === 0 ? tags : '', formatEvent(move), code(move.next), actions]);
    });
  }
  const intro = `Machine ${code(name)} (service kind ${code(kind)}), ${rows.length} states. An event a state does not list is refused.`;
  return `${intro}\n\n${table(['State', 'Tags', 'Event [guard]', 'Next state', 'Actions run (exit, transition, entry)'], body)}`;
}
