import type fc from 'fast-check';

/**
 * One input surface of the game: text or values that come from outside (a file, a link, a paste,
 * localStorage) and the code that reads them. The fuzz runner feeds it generated inputs and sorts
 * what happens into the outcomes below.
 */
export interface Surface<I> {
  /** Short name for `--surface`: "levelText", "replay" … */
  readonly name: string;
  /** What is read and by which function, for the runner's report. */
  readonly reads: string;
  /** Inputs: mostly valid ones spoiled a little, some hostile ones. */
  readonly inputs: fc.Arbitrary<I>;
  /**
   * Reads one input. The surface's own reading code runs inside `probe.read`: an exception there is
   * a crash. Anything the run does after the input is accepted (building and stepping the
   * simulation) runs outside it, so an exception there means the accepted input broke the game.
   */
  run(input: I, probe: Probe): Promise<void>;
  /** The input as a person would paste it into a bug report. */
  show(input: I): string;
}

export interface Probe {
  /** Calls the code under test; an exception escaping it is recorded as a crash and rethrown. */
  read<T>(call: () => T | Promise<T>): Promise<T>;
  /** The surface refused the input without a clear reason (an empty or missing message): as bad as a crash. */
  unclear(why: string): void;
  /** The surface took the input (a level that parsed, a replay that verified, settings that loaded). */
  accepted(): void;
  /** An accepted input broke something afterwards: the simulation threw or broke an invariant. */
  broke(why: string): void;
  /** Two readers of the same format disagree about the input (the schema and the parser). */
  disagree(why: string): void;
}

export type OutcomeKind = 'crash' | 'broke' | 'disagreement';

export interface Outcome {
  accepted: boolean;
  crash?: string;
  broke?: string;
  disagreement?: string;
}

/** Thrown by `probe.read` after recording a crash, so the surface stops where it crashed. */
export class CrashSignal extends Error {}

/** Runs a surface on one input and says what happened; never throws. */
export async function runOne<I>(surface: Surface<I>, input: I): Promise<Outcome> {
  const out: Outcome = { accepted: false };
  const probe: Probe = {
    async read(call) {
      try {
        return await call();
      } catch (e) {
        out.crash = describeError(e);
        throw new CrashSignal(out.crash);
      }
    },
    unclear: (why) => void (out.crash ??= `refused without a clear reason: ${why}`),
    accepted: () => void (out.accepted = true),
    broke: (why) => void (out.broke ??= why),
    disagree: (why) => void (out.disagreement ??= why),
  };
  try {
    await surface.run(input, probe);
  } catch (e) {
    // Outside probe.read, the only code that runs is what the game does with an accepted input.
    if (!(e instanceof CrashSignal)) out.broke ??= `threw after the input was accepted: ${describeError(e)}`;
  }
  return out;
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}${e.stack ? `\n${e.stack.split('\n').slice(1, 6).join('\n')}` : ''}`;
  return String(e);
}

/** A refusal is clear when it gives at least one reason and every reason is a non-empty sentence. */
export const clear = (reasons: readonly unknown[]): boolean => reasons.length > 0 && reasons.every((r) => typeof r === 'string' && r.trim() !== '');
