import { readFileSync } from 'node:fs';
import type { Phase } from '../../src/sim/core/phases';
import type { SystemDef } from '../../src/sim/core/serviceKind';
import { code, table } from './markdown';

/**
 * Why each phase sits where it does, read from the doc comment above it in src/sim/core/phases.ts:
 * the reasons are written once, beside the order they explain.
 */
export function phaseReasons(source: string = readFileSync(new URL('../../src/sim/core/phases.ts', import.meta.url), 'utf8')): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*'(\w+)',/g)) out.set(m[2]!, m[1]!.replace(/\s*\n\s*\*\s*/g, ' ').trim());
  return out;
}

/**
 * One tick in the order step() runs it (src/sim/core/step.ts systemOrder()): each phase with its
 * reason, then its systems, each with the service kind that declares it ("engine" for step.ts's own).
 */
export function systemTable(phases: readonly Phase[], systems: readonly SystemDef[], kindOf: ReadonlyMap<string, string>, reasons: ReadonlyMap<string, string> = phaseReasons()): string {
  const rows: string[][] = [];
  let n = 0;
  for (const phase of phases) {
    const why = reasons.get(phase);
    if (why === undefined) throw new Error(`src/sim/core/phases.ts: phase "${phase}" has no doc comment saying why it is where it is`);
    const inPhase = systems.filter((s) => s.phase === phase);
    if (inPhase.length === 0) {
      // Only 'commands' has no system: step() applies the tick's commands before any system runs.
      rows.push(['', code(phase), phase === 'commands' ? 'the tick\'s commands, in script order (`applyCommand`)' : '—', '', why]);
      continue;
    }
    inPhase.forEach((s, i) => {
      n += 1;
      const after = s.after && s.after.length > 0 ? ` (after ${s.after.map(code).join(', ')})` : '';
      rows.push([String(n), i === 0 ? code(phase) : '', `${code(s.name)}${after}`, kindOf.get(s.name) ?? 'engine', i === 0 ? why : '']);
    });
  }
  return table(['#', 'Phase', 'System', 'Declared by', 'Why the phase is here'], rows);
}
