import { fail, ok, type Result } from '../../shared/result';
import type { ScriptedCommand } from './types';
import { validateCommand } from './validateCommand';

/** A command script is at most this many commands: enough for any level, small enough to stay fast. */
export const MAX_SCRIPT_COMMANDS = 10_000;

/**
 * Checks an untrusted command script: `[{ "atSeconds": 120, "command": { "type": "instance.launch", … } }]`,
 * times whole, non-decreasing and inside the run. Every problem is reported with its index.
 */
export function parseScript(input: unknown, durationSeconds: number): Result<ScriptedCommand[]> {
  if (!Array.isArray(input)) return fail('a command script is a JSON list: [{ "atSeconds": 0, "command": { "type": "…" } }]');
  if (input.length > MAX_SCRIPT_COMMANDS) return fail(`a script holds at most ${MAX_SCRIPT_COMMANDS} commands (this one has ${input.length})`);
  const problems: string[] = [];
  const out: ScriptedCommand[] = [];
  let last = 0;
  input.forEach((entry: unknown, i) => {
    if (problems.length >= 20) return;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`[${i}]: each entry is { "atSeconds": …, "command": { … } }`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const extra = Object.keys(e).filter((k) => k !== 'atSeconds' && k !== 'command');
    if (extra.length > 0) problems.push(`[${i}]: unknown field "${extra[0]}" (entries have atSeconds and command)`);
    const at = e.atSeconds;
    if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at >= durationSeconds) {
      problems.push(`[${i}].atSeconds: a whole number of seconds from 0 to ${durationSeconds - 1}`);
      return;
    }
    if (at < last) problems.push(`[${i}].atSeconds: ${at} comes before the previous command (${last}); keep the script in time order`);
    last = at;
    const command = validateCommand(e.command);
    if (!command.ok) problems.push(`[${i}].command: ${command.reason}`);
    else out.push({ atSeconds: at, command: command.value });
  });
  return problems.length > 0 ? fail(problems.join('\n')) : ok(out);
}
