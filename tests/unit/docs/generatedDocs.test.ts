import { readFileSync } from 'node:fs';
import { adjacencyMapToArray, getAdjacencyMap } from '@xstate/graph';
import type { AnyStateMachine, AnyStateNode, StateValue } from 'xstate';
import { describe, expect, it } from 'vitest';
import { fillGenerated } from '../../../scripts/docs/fillGenerated';
import { GENERATED_DOCS, generateDoc } from '../../../scripts/docs/generateDocs';
import { machineRows } from '../../../scripts/docs/machineRows';
import { SERVICE_KINDS } from '../../../src/sim';

/**
 * The sections of docs/ that are generated from src/sim (npm run docs:gen) must be committed as the
 * generator writes them today: a machine, command or fault kind that changes without its docs fails
 * here, in CI.
 */

const read = (path: string): string => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('generated docs are up to date', () => {
  for (const path of GENERATED_DOCS) {
    it(`${path} is what npm run docs:gen writes`, () => {
      const onDisk = read(path);
      expect(onDisk, `${path} is stale: run npm run docs:gen`).toBe(generateDoc(path, onDisk));
    });
  }

  it('a hand edit inside a generated section is overwritten (so the check above catches it)', () => {
    const onDisk = read('docs/model.md');
    const edited = onDisk.replace('| `POWER_RESTORED` | `recovering` |', '| `POWER_RESTORED` | `available` |');
    expect(edited).not.toBe(onDisk);
    expect(generateDoc('docs/model.md', edited)).toBe(generateDoc('docs/model.md', onDisk));
  });

  it('a doc without the section of a machine, the system order, a command group or the fault kinds is refused', () => {
    const withoutDr = read('docs/model.md').replace(/<!-- BEGIN GENERATED machine:dr [\s\S]*?<!-- END GENERATED machine:dr -->/, '');
    expect(() => generateDoc('docs/model.md', withoutDr)).toThrow('docs/model.md: needs exactly one generated section for machine:dr (has 0)');
    const withoutSystems = read('docs/model.md').replace(/<!-- BEGIN GENERATED systems [\s\S]*?<!-- END GENERATED systems -->/, '');
    expect(() => generateDoc('docs/model.md', withoutSystems)).toThrow('docs/model.md: needs exactly one generated section for systems (has 0)');
    const withoutFaults = read('docs/commands.md').replace(/<!-- BEGIN GENERATED faults [\s\S]*?<!-- END GENERATED faults -->/, '');
    expect(() => generateDoc('docs/commands.md', withoutFaults)).toThrow('needs exactly one generated section for faults');
    const unknown = `${read('docs/model.md')}\n<!-- BEGIN GENERATED machine:elevator -->\n<!-- END GENERATED machine:elevator -->\n`;
    expect(() => generateDoc('docs/model.md', unknown)).toThrow('there is no machine "elevator"');
  });
});

describe('fillGenerated', () => {
  const render = (key: string) => `<${key}>`;
  it('replaces only what is between the markers', () => {
    const text = 'a\n<!-- BEGIN GENERATED x (note) -->\nold\n<!-- END GENERATED x -->\nb';
    expect(fillGenerated(text, 'f.md', render)).toEqual({ text: 'a\n<!-- BEGIN GENERATED x (note) -->\n\n<x>\n\n<!-- END GENERATED x -->\nb', keys: ['x'] });
  });
  it('names the file and line of a section that is not closed, closed wrongly or nested', () => {
    expect(() => fillGenerated('\n<!-- BEGIN GENERATED x -->\n', 'f.md', render)).toThrow('f.md:2: generated section "x" is never closed');
    expect(() => fillGenerated('<!-- BEGIN GENERATED x -->\n<!-- END GENERATED y -->', 'f.md', render)).toThrow('f.md:2:');
    expect(() => fillGenerated('<!-- BEGIN GENERATED x -->\n<!-- BEGIN GENERATED y -->', 'f.md', render)).toThrow('f.md:2: a generated section starts inside "x"');
  });
});

// ── The tables agree with XState's own traversal ─────────────────────────────────────────────────

function nodesOf(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(nodesOf)];
}

function leafOf(value: StateValue): string {
  return typeof value === 'string' ? value : leafOf(Object.values(value)[0]!);
}

/** Every assignment of true/false to the machine's named guards. */
function guardAssignments(machine: AnyStateMachine): Record<string, () => boolean>[] {
  const names = [...new Set(nodesOf(machine.root).flatMap((n) => [...n.transitions.values()].flat().map((t) => t.guard)).filter((g): g is string => typeof g === 'string'))];
  return Array.from({ length: 2 ** names.length }, (_, bits) => Object.fromEntries(names.map((name, i) => [name, () => ((bits >> i) & 1) === 1])));
}

describe('the generated machine tables agree with @xstate/graph', () => {
  const machines = SERVICE_KINDS.flatMap((k) => Object.entries(k.machines ?? {}));

  it.each(machines)('%s: the same state changes as a traversal from the initial state, under every guard outcome', (_name, machine) => {
    const eventTypes = [...new Set(nodesOf(machine.root).flatMap((n) => [...n.transitions.keys()]))];
    const traversed = new Set<string>();
    const reached = new Set<string>();
    for (const guards of guardAssignments(machine)) {
      const forced = machine.provide({ guards } as never);
      // Serialize by state value: our machines are context-free, and it keeps the traversal finite.
      const adjacency = getAdjacencyMap(forced, {
        events: eventTypes.map((type) => ({ type })),
        serializeState: (s) => JSON.stringify(s.value),
      });
      for (const { state } of Object.values(adjacency)) reached.add(leafOf(state.value));
      for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
        const from = leafOf(state.value);
        const to = leafOf(nextState.value);
        // A refused event also "leads" to the same state here; self-transitions are checked below.
        if (to !== from) traversed.add(`${from} ${event.type} → ${to}`);
      }
    }
    const rows = machineRows(machine);
    const listed = new Set(rows.flatMap((r) => r.moves.filter((m) => m.next !== r.state).map((m) => `${r.state} ${m.event} → ${m.next}`)));
    expect([...listed].sort()).toEqual([...traversed].sort());
    expect(rows.map((r) => r.state).sort(), 'every state in the table is reachable from the initial state').toEqual([...reached].sort());
  });

  it.each(machines)('%s: a state lists exactly the events it accepts (self-transitions included)', (_name, machine) => {
    const eventTypes = [...new Set(nodesOf(machine.root).flatMap((n) => [...n.transitions.keys()]))];
    for (const row of machineRows(machine)) {
      const value = row.parents.reduceRight<StateValue>((inner, key) => ({ [key]: inner }), row.state);
      const accepted = eventTypes.filter((type) =>
        guardAssignments(machine).some((guards) => {
          const forced = machine.provide({ guards } as never);
          return forced.resolveState({ value, context: {} }).can({ type });
        }),
      );
      expect([...new Set(row.moves.map((m) => m.event))].sort(), row.state).toEqual(accepted.sort());
    }
  });
});
