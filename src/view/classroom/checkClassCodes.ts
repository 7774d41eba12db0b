import type { ClassEntry } from '../../replays/classResults';
import type { Verified } from '../../replays/replayFile';
import { canonicalJson, type ScenarioSpec } from '../../sim';

/** A hand-in the teacher's screen checks: a result code, or a replay file's text. */
export interface HandIn {
  label: string;
  verify(): Promise<Verified>;
}

export interface Rejected {
  label: string;
  problems: string[];
}

/** The verified results of one level: what its histograms and CSV are drawn from. */
export interface LevelResults {
  level: ScenarioSpec;
  /** The game's own copy of the level, when it ships one (par comes from it, not from the hand-in). */
  shipped: boolean;
  entries: ClassEntry[];
}

export interface ClassCheck {
  levels: LevelResults[];
  rejected: Rejected[];
  /**
   * Hand-ins that are the same run (same level, seed and moves: the same code, or a code and its
   * replay file) under more than one name, each group's names in hand-in order. All of them stay in
   * the results: two students can play the same moves, so the teacher decides, not this check.
   */
  sameRun: string[][];
  /** Hand-ins never checked because the teacher cancelled, in hand-in order (empty when it ran to the end). */
  unchecked: string[];
}

export interface CheckOptions {
  /** The game's own level with this id, if any. */
  knownLevel(id: string): ScenarioSpec | undefined;
  /** Called after each hand-in (progress, and a chance for the page to draw). */
  progress?(done: number, total: number): Promise<void> | void;
  /**
   * The teacher's Cancel: once aborted, no further hand-in is checked, and the one being checked (its
   * verify rejects when its worker is terminated) counts as not checked rather than as rejected.
   */
  signal?: AbortSignal;
}

/**
 * Checks every hand-in on its own: one that is malformed, tampered with or for an edited copy of a
 * shipped level is rejected with its reasons, and the others are unaffected. Accepted results are
 * grouped by level, in the order their levels first appear.
 */
export async function checkClassCodes(handIns: readonly HandIn[], options: CheckOptions): Promise<ClassCheck> {
  const levels: LevelResults[] = [];
  const rejected: Rejected[] = [];
  const byRun = new Map<string, string[]>();
  const unchecked = (from: number) => handIns.slice(from).map((h) => h.label);
  const finish = (from: number): ClassCheck => ({ levels, rejected, sameRun: [...byRun.values()].filter((labels) => labels.length > 1), unchecked: unchecked(from) });
  for (let i = 0; i < handIns.length; i++) {
    const h = handIns[i]!;
    if (options.signal?.aborted) return finish(i);
    let verified: Verified;
    try {
      verified = await h.verify();
    } catch (err) {
      if (options.signal?.aborted) return finish(i);
      verified = { ok: false, problems: [`${h.label}: could not be checked (${(err as Error).message})`] };
    }
    if (!verified.ok) rejected.push({ label: h.label, problems: verified.problems });
    else {
      const level = verified.replay.level;
      const known = options.knownLevel(level.id);
      // The digests inside a replay only prove it is self-consistent; a student could rewrite a
      // level (say, drop its faults) and re-digest it. A shipped level must match the game's copy.
      if (known && canonicalJson(known) !== canonicalJson(level)) {
        rejected.push({ label: h.label, problems: [`${h.label}: its level "${level.id}" is not the game's — the level was edited (faults, budget or estate changed)`] });
      } else {
        let group = levels.find((g) => g.level.id === level.id && (g.shipped || canonicalJson(g.level) === canonicalJson(level)));
        if (!group) levels.push((group = { level: known ?? level, shipped: known !== undefined, entries: [] }));
        group.entries.push({ label: h.label, result: verified.result });
        const run = `${verified.replay.digests.level} ${verified.replay.seed} ${verified.replay.digests.commands}`;
        byRun.set(run, [...(byRun.get(run) ?? []), h.label]);
      }
    }
    await options.progress?.(i + 1, handIns.length);
  }
  return finish(handIns.length);
}
