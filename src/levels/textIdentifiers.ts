import { COMMAND_TYPES, EVENT_TYPES, FAULT_KINDS, type ScenarioSpec } from '../sim';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every command type, event type and fault kind the simulation knows: `dr.setPosture`, `region.failedOver`. */
const NAMES: readonly string[] = [...new Set<string>([...COMMAND_TYPES, ...EVENT_TYPES, ...FAULT_KINDS])].sort((a, b) => b.length - a.length);
/** Their nouns (`dr`, `region`, `scalingGroup` …): `noun.word` is a name in code even when no list has it yet. */
const NOUNS: readonly string[] = [...new Set(NAMES.map((n) => n.split('.')[0]!))];

/**
 * How the code's names look, none of them English a player should read: a command or event type
 * or fault kind, any other `noun.word` with one of their nouns, and a camelCase word (`warmStandby`,
 * `scalingOut`, `shuttingDown`: an enum value, a state or a field). Ids such as `use1-az1`,
 * `m5.large` or `orders-db` are none of these, and AWS's own PascalCase error names
 * (`InsufficientInstanceCapacity`) and terms such as `vCPUs` are left alone.
 */
const PATTERNS: readonly RegExp[] = [
  new RegExp(`(?<![\\w.])(?:${NAMES.map(escape).join('|')})(?![\\w])`, 'g'),
  new RegExp(`(?<![\\w.])(?:${NOUNS.map(escape).join('|')})\\.[a-z][A-Za-z]*(?![\\w])`, 'g'),
  /(?<![\w.-])[a-z]+[A-Z][A-Za-z]*(?![\w-])/g,
];

/** AWS's own lower-letter-then-capitals terms (`vCPU`, `vCPUs`) look like camelCase but are what players read. */
const AWS_TERM = /^[a-z][A-Z]+s?$/;

/** Every name from the code in `text`, in order of appearance, each once (`scalingGroup.schedule`, not also its `scalingGroup`). */
export function identifiersIn(text: string): string[] {
  const found = PATTERNS.flatMap((p) => [...text.matchAll(p)].filter((m) => !AWS_TERM.test(m[0])).map((m) => ({ at: m.index, end: m.index + m[0].length, name: m[0] })));
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const names: string[] = [];
  let covered = -1;
  for (const f of found) {
    if (f.end <= covered) continue;
    covered = f.end;
    if (!names.includes(f.name)) names.push(f.name);
  }
  return names;
}

/** The level's words a player reads: the level select's, the briefing's and the debrief's. */
const TEXT_FIELDS = ['title', 'teaches', 'briefing', 'debrief'] as const;

/**
 * Warnings for the level checker (not errors: the level still plays): a command, event or state
 * named as the code spells it in text a player reads. Players see the game's words — the action's
 * label ("Set up Disaster Recovery…"), "warm standby" — never `dr.setPosture` or `warmStandby`.
 */
export function textIdentifierWarnings(level: Pick<ScenarioSpec, (typeof TEXT_FIELDS)[number]>): string[] {
  return TEXT_FIELDS.flatMap((field) => {
    const names = identifiersIn(level[field] ?? '');
    return names.length === 0 ? [] : [`${field}: ${names.map((n) => `"${n}"`).join(', ')} ${names.length === 1 ? 'is how the code spells it' : 'are how the code spells them'}; write what players see instead (an action's label such as "Set up Disaster Recovery…", or words such as "warm standby")`];
  });
}
