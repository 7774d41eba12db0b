import type { AnyStateMachine } from 'xstate';
import { COMMANDS, FAULTS, SERVICE_KINDS, systemOrder } from '../../src/sim';
import { PHASES } from '../../src/sim/core/phases';
import type { AnyCommandDef } from '../../src/sim/commands/defineCommand';
import { commandTable } from './commandTable';
import { faultTable } from './faultTable';
import { fillGenerated } from './fillGenerated';
import { machineTable } from './machineTable';
import { systemTable } from './systemTable';

/**
 * The generated sections of docs/ (issue 9: no fact written twice). The facts live in src/sim — the
 * lifecycle machines, the command definitions, the fault definitions — and these sections are
 * rendered from them; `npm run docs:gen` writes them and tests/unit/docs/generatedDocs.test.ts fails
 * while a committed doc differs from what this returns.
 *
 * Section keys:
 *   machine:<name>          one lifecycle machine (a key of a service kind's `machines`)
 *   commands:<group>[,…]    the commands of these groups: a service kind's name, or `fault` for the
 *                           commands no kind owns (fault.inject), in registry order
 *   faults                  every fault kind
 *   systems                 one tick's systems in the order step() runs them (systemOrder()), by phase
 */

export const GENERATED_DOCS = ['docs/model.md', 'docs/commands.md'] as const;
export type GeneratedDocPath = (typeof GENERATED_DOCS)[number];

/** Sections each doc must hold exactly once, so that a new machine or command cannot go undocumented. */
const REQUIRED: Record<GeneratedDocPath, () => string[]> = {
  'docs/model.md': () => ['systems', ...[...machines().keys()].map((name) => `machine:${name}`)],
  'docs/commands.md': () => ['faults', ...[...commandGroups().keys()].map((group) => `commands:${group}`)],
};

interface MachineEntry {
  kind: string;
  machine: AnyStateMachine;
}

function machines(): Map<string, MachineEntry> {
  const out = new Map<string, MachineEntry>();
  for (const kind of SERVICE_KINDS) {
    for (const [name, machine] of Object.entries(kind.machines ?? {})) {
      if (out.has(name)) throw new Error(`two service kinds have a machine named "${name}" (${out.get(name)!.kind}, ${kind.name}): the docs key machine:${name} would be ambiguous`);
      out.set(name, { kind: kind.name, machine });
    }
  }
  return out;
}

/** Commands by group: the kind that lists them, or the noun of their type for the engine's own. */
function commandGroups(): Map<string, AnyCommandDef[]> {
  const owner = new Map<string, string>();
  for (const kind of SERVICE_KINDS) for (const c of kind.commands ?? []) owner.set(c.type, kind.name);
  const out = new Map<string, AnyCommandDef[]>();
  for (const c of COMMANDS) {
    const group = owner.get(c.type) ?? c.type.split('.')[0]!;
    out.set(group, [...(out.get(group) ?? []), c]);
  }
  return out;
}

function render(key: string, file: string): string {
  const [what, arg] = key.split(':') as [string, string | undefined];
  if (what === 'faults' && arg === undefined) return faultTable(FAULTS);
  if (what === 'systems' && arg === undefined) {
    const kindOf = new Map(SERVICE_KINDS.flatMap((k) => (k.systems ?? []).map((s) => [s.name, k.name] as const)));
    return systemTable(PHASES, systemOrder(), kindOf);
  }
  if (what === 'machine' && arg !== undefined) {
    const entry = machines().get(arg);
    if (!entry) throw new Error(`${file}: there is no machine "${arg}" (machines: ${[...machines().keys()].join(', ')})`);
    return machineTable(arg, entry.kind, entry.machine);
  }
  if (what === 'commands' && arg !== undefined) {
    const groups = commandGroups();
    return commandTable(
      arg.split(',').flatMap((g) => {
        const defs = groups.get(g);
        if (!defs) throw new Error(`${file}: there is no command group "${g}" (groups: ${[...groups.keys()].join(', ')})`);
        return defs;
      }),
    );
  }
  throw new Error(`${file}: unknown generated section "${key}" (machine:<name>, commands:<group>[,<group>…], faults or systems)`);
}

/** A doc's text with its generated sections rendered afresh from src/sim. */
export function generateDoc(path: GeneratedDocPath, text: string): string {
  const filled = fillGenerated(text, path, (key) => render(key, path));
  // A commands section may hold several groups: count each group on its own.
  const present = filled.keys.flatMap((k) => (k.startsWith('commands:') ? k.slice('commands:'.length).split(',').map((g) => `commands:${g}`) : [k]));
  for (const key of REQUIRED[path]()) {
    const n = present.filter((k) => k === key).length;
    if (n !== 1) throw new Error(`${path}: needs exactly one generated section for ${key} (has ${n}): add <!-- BEGIN GENERATED ${key} --> … <!-- END GENERATED ${key} --> where it belongs`);
  }
  return filled.text;
}
