import type { LoadedLevel } from '../../../src/levels/levelFiles';
import { identifiersIn } from '../../../src/levels/textIdentifiers';
import { simulate, type SimEvent, type World } from '../../../src/sim';
import { faultChoices } from '../../../src/view/classroom/faultHotkeys';
import { commandWords } from '../../../src/view/commandWords';
import { levelClock } from '../../../src/view/format';
import { buildIncidentTimeline } from '../../../src/view/debrief/incidentTimeline';
import { actionsFor, legality } from '../../../src/view/play/actionsFor';
import { describeEvent, narrate } from '../../../src/view/play/describeEvent';
import { defaultsOf } from '../../../src/view/services/actionForm';
import { CAUSE_WORDS, ENTITY_VIEWS, eventView, FAULT_VIEWS, LEDGER_NAMES, SERVICE_VIEWS } from '../../../src/view/services/registry';
import { selectionOf } from '../../../src/view/services/selection';

/** One string a player (or teacher) can read, and where it came from, for the failure message. */
export interface PlayerText {
  where: string;
  text: string;
}

/** A level with its scripts, as tests/unit/debrief/helpers loads it. */
type Level = Required<Pick<LoadedLevel, 'scenario' | 'win' | 'lose'>>;

/** How many times a run stops to read everything on screen (evenly spaced, plus every tick with events). */
const LOOKS_PER_RUN = 24;

/** Every selectable thing in the World, as the estate list shows it. */
function selections(world: World): { kind: string; id: string; label: string; detail: string }[] {
  const out: { kind: string; id: string; label: string; detail: string }[] = [];
  const walk = (parent: string, parentId: string) => {
    for (const view of ENTITY_VIEWS) {
      if (view.estate.under !== parent) continue;
      for (const item of view.estate.items(world, parentId)) {
        out.push({ kind: view.kind, ...item });
        if (view.estate.section) walk(view.kind, item.id);
      }
    }
  };
  walk('', '');
  return out;
}

/** The level file's own words (the level select, briefing and debrief) and par's moves as side by side lists them. */
export function levelTexts(name: string, level: Level): PlayerText[] {
  const s = level.scenario;
  return [
    { where: `${name} title`, text: s.title },
    { where: `${name} teaches`, text: s.teaches ?? '' },
    { where: `${name} briefing`, text: s.briefing ?? '' },
    { where: `${name} debrief`, text: s.debrief ?? '' },
    ...level.win.map((c, i) => ({ where: `${name} par move ${i}`, text: commandWords(c.command) })),
  ];
}

/**
 * What the screen shows of the World now: the estate list and tooltips, every action offered on
 * every selection with its price, confirmation, form and — when the simulation would refuse it —
 * the reason, the HUD's alarms, the presenter's estate lines, the board's blast labels and the
 * teacher's fault keys with why each cannot fire.
 */
export function screenTexts(where: string, world: World): PlayerText[] {
  const out: PlayerText[] = [];
  const add = (w: string, text: string | undefined) => text && out.push({ where: `${where} ${w}`, text });
  for (const { kind, id, label, detail } of selections(world)) {
    const view = ENTITY_VIEWS.find((e) => e.kind === kind)!;
    add(`${kind} ${id} estate row`, `${label}: ${detail}`);
    add(`${kind} heading`, view.heading(id));
    add(`${kind} ${id} tooltip`, view.describe(world, id, { undetected: new Set() }));
    for (const a of actionsFor(world, selectionOf(kind, id))) {
      const at = `${kind} ${id} action "${a.label}"`;
      add(at, a.label);
      add(`${at} consequence`, a.consequence);
      add(`${at} confirm`, a.confirm);
      if (!a.legal.ok) add(`${at} refusal`, a.legal.reason);
      if (a.form) {
        const f = a.form;
        for (const t of [f.title, f.intro, f.submit, ...f.fields.flatMap((x) => [x.label, x.hint, ...('options' in x ? x.options.map((o) => o.label) : [])])]) add(`${at} form`, t);
        const values = defaultsOf(f);
        const legal = legality(world, f.build(values));
        add(`${at} form status`, legal.ok ? f.consequence?.(values) : legal.reason);
      }
    }
    for (const choice of faultChoices(world, selectionOf(kind, id))) add(`fault key with ${kind} ${id}`, choice.ok ? choice.text : choice.reason);
  }
  for (const v of SERVICE_VIEWS) {
    for (const alarm of v.alarms?.(world) ?? []) add(`${v.simKind} alarm`, alarm);
    for (const line of v.compactLines?.(world) ?? []) add(`${v.simKind} compact estate`, line);
    for (const mark of v.blast?.(world) ?? []) {
      add(`${v.simKind} blast`, mark.label);
      add(`${v.simKind} blast`, mark.detail);
    }
  }
  return out;
}

/** An event as the log, the screen reader, the HUD's alarm and the debrief's timeline tell it. */
export function eventTexts(where: string, e: SimEvent, world: World): PlayerText[] {
  const v = eventView(e.type);
  const at = `${where} ${e.type} event`;
  const out: PlayerText[] = [];
  const line = describeEvent(e, levelClock(world.scenario));
  if (line) out.push({ where: `${at} log`, text: line });
  const said = narrate(e, world);
  if (said) out.push({ where: `${at} narration`, text: said.line });
  if (v?.alarm) out.push({ where: `${at} alarm`, text: v.alarm(e) });
  const incident = v?.incident;
  if (incident && 'detects' in incident) out.push({ where: `${at} detection`, text: incident.detects(e) });
  if (incident && 'mitigates' in incident) out.push({ where: `${at} mitigation`, text: incident.mitigates(e) });
  return out;
}

/** Everything a player reads while `script` plays `level` on seed 1, and in the debrief after. */
export function runTexts(name: string, level: Level, script: Level['win']): PlayerText[] {
  const out: PlayerText[] = [];
  const events: SimEvent[] = [];
  const every = Math.max(1, Math.floor(level.scenario.durationSeconds / LOOKS_PER_RUN));
  const seenTypes = new Set<string>();
  simulate(level.scenario, {
    seed: 1,
    script,
    afterStep(world, stepped) {
      events.push(...stepped);
      const at = `${name} at ${world.tick} s:`;
      for (const e of stepped) out.push(...eventTexts(at, e, world));
      // The first time each kind of thing happens (a fault, a refusal, a failover) the screen changes: read it then too.
      const fresh = stepped.filter((e) => !seenTypes.has(e.type));
      for (const e of fresh) seenTypes.add(e.type);
      if (world.tick % every === 0 || fresh.length > 0) out.push(...screenTexts(at, world));
    },
  });
  const timeline = buildIncidentTimeline(events, { durationSeconds: level.scenario.durationSeconds });
  for (const i of timeline.incidents) {
    out.push({ where: `${name} debrief incident ${i.number}`, text: i.title });
    for (const m of [i.detected, i.mitigated, i.recovered]) if (m) out.push({ where: `${name} debrief incident ${i.number}`, text: m.what });
  }
  return out;
}

/** The texts that show a name from the code, each with the names found. */
export function identifiersInTexts(texts: readonly PlayerText[]): string[] {
  const found = new Set<string>();
  for (const t of texts) {
    const names = identifiersIn(t.text);
    if (names.length > 0) found.add(`${t.where}: ${names.join(', ')} in "${t.text}"`);
  }
  return [...found];
}

/** Words that never change with the World: failure causes, bill lines, the teacher's fault keys. */
export function fixedTexts(): PlayerText[] {
  const out: PlayerText[] = [];
  for (const [cause, w] of Object.entries(CAUSE_WORDS)) out.push({ where: `cause ${cause}`, text: `${w.name}: ${w.why}` });
  for (const [category, name] of Object.entries(LEDGER_NAMES)) out.push({ where: `bill line ${category}`, text: name });
  for (const f of FAULT_VIEWS) out.push({ where: `fault key ${f.kind}`, text: [f.label, f.long, f.short, f.legend, f.needs ?? '', f.phrase('use1-az1', undefined)].join(' | ') });
  return out;
}
