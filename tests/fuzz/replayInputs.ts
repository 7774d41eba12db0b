import fc from 'fast-check';
import { parseLevel } from '../../src/levels/parseLevel';
import { canonicalJson, Hasher, parseScript, runScenario } from '../../src/sim';
import { baseReplays } from './bases';
import { hostileText } from './hostileValues';
import { applyJsonMutations, jsonMutations } from './jsonMutation';
import { applyTextMutations, textMutations } from './textMutation';

/** A Blast Radius digest, as src/replays/replayFile.ts computes it. */
const digest = (value: unknown): string => new Hasher().update(canonicalJson(value)).digest();

/** Forged results are re-simulated here; longer levels are left with their old (now wrong) result. */
const FORGE_MAX_SECONDS = 3600;

type Doc = Record<string, unknown>;
const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What a student who edits a replay would do next: recompute the digests so they match the edited
 * level and commands, and (forge) also the result, by running the edited level. Then the replay is
 * self-consistent and only re-simulation, and the game's copy of a shipped level, can catch it.
 */
function redigest(doc: unknown, forge: boolean): unknown {
  if (!isDoc(doc) || !isDoc(doc.digests)) return doc;
  try {
    return redigestDoc(doc, doc.digests, forge);
  } catch {
    // The parsers used here are the ones under test: the surface itself will meet the same input.
    return doc;
  }
}

function redigestDoc(doc: Doc, digests: Doc, forge: boolean): unknown {
  const level = parseLevel(doc.level, 'forge');
  const script = level.ok ? parseScript(doc.commands, level.scenario.durationSeconds) : undefined;
  const commands = script?.ok ? script.value : doc.commands;
  const out: Doc = { ...doc, digests: { ...digests, level: digest(doc.level), commands: digest(commands) } };
  if (forge && level.ok && script?.ok && typeof doc.seed === 'number' && level.scenario.durationSeconds <= FORGE_MAX_SECONDS) {
    // A throw here is the simulation failing on a level and script the game accepts: the verifier
    // runs the same code, so the input is kept as it is and the surface reports the throw.
    try {
      out.result = runScenario(level.scenario, { seed: doc.seed, script: script.value });
    } catch {
      /* reported when the surface re-simulates it */
    }
  }
  return out;
}

/** A replay document: a short recorded one, spoiled and perhaps re-digested or forged outright. */
export const replayValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...baseReplays()), fc.oneof(fc.constant([]), jsonMutations(3)), fc.constantFrom('as is', 'redigest', 'forge'))
  .map(([replay, m, how]) => {
    const spoiled = applyJsonMutations(replay, m);
    return how === 'as is' ? spoiled : redigest(spoiled, how === 'forge');
  });

/** Replay file text: whole, damaged in transit (cut short, bits flipped), or not a replay at all. */
export const replayText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: replayValue.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.tuple(replayValue, textMutations(2)).map(([v, m]) => applyTextMutations(JSON.stringify(v), m)) },
  { weight: 1, arbitrary: hostileText },
);
