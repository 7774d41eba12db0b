import fc from 'fast-check';
import { parseLevelText } from '../../../src/levels/parseLevel';
import { histogram, labelFromFileName, resultsCsv } from '../../../src/replays/classResults';
import { verifyReplayText } from '../../../src/replays/replayFile';
import { verifyResultCode } from '../../../src/replays/resultCode';
import type { ScenarioSpec } from '../../../src/sim';
import { checkClassCodes, type HandIn } from '../../../src/view/classroom/checkClassCodes';
import { parseCodeLines } from '../../../src/view/classroom/codeLines';
import { LEVEL_TEXTS } from '../bases';
import { resultCodeText } from '../codeInputs';
import { hostileString } from '../hostileValues';
import { replayText } from '../replayInputs';
import { clear, type Surface } from '../surface';

/** The shipped levels by id: the teacher's check compares hand-ins against these. */
const SHIPPED = new Map<string, ScenarioSpec>();
for (const text of LEVEL_TEXTS) {
  const level = parseLevelText(text, 'shipped');
  if (level.ok) SHIPPED.set(level.scenario.id, level.scenario);
}

const name = fc.oneof(fc.constantFrom('Ada', 'Grace Hopper', 'Bob: the 2nd', '', '=SUM(A1)', '  '), hostileString);

/** One pasted line: a name, a separator, a code, sometimes wrapped by a chat client (a space or a line break inside). */
const codeLine = fc
  .tuple(name, fc.constantFrom(': ', ' - ', ' ', ''), resultCodeText, fc.option(fc.tuple(fc.nat(), fc.constantFrom(' ', '\n', '\t'))))
  .map(([who, sep, code, wrap]) => {
    const c = wrap === null ? code : code.slice(0, wrap[0] % (code.length + 1)) + wrap[1] + code.slice(wrap[0] % (code.length + 1));
    return who + sep + c;
  });

const pasteText = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: codeLine }, { weight: 1, arbitrary: hostileString }), { minLength: 1, maxLength: 4 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n'))
  .map(([lines, eol]) => lines.join(eol));

/** A replay file dropped beside the paste, under a file name that may be hostile. */
const file = fc.record({ name: fc.oneof(fc.constant('ada.replay.json'), hostileString.map((s) => `${s}.replay.json`), hostileString), text: replayText });

/** The teacher's screen: a paste of result codes and some replay files, checked together. */
export const classCodes: Surface<{ paste: string; files: { name: string; text: string }[] }> = {
  name: 'classCodes',
  reads: 'src/view/classroom/codeLines.ts parseCodeLines, then checkClassCodes (src/view/classroom/checkClassCodes.ts, src/replays/classResults.ts)',
  inputs: fc.record({ paste: pasteText, files: fc.array(file, { maxLength: 2 }) }),
  async run({ paste, files }, probe) {
    const lines = await probe.read(() => parseCodeLines(paste));
    const handIns: HandIn[] = lines.map((l) => ({ label: l.label, verify: () => probe.read(() => verifyResultCode(l.code, l.label)) }));
    for (const f of files) {
      const label = await probe.read(() => labelFromFileName(f.name));
      handIns.push({ label, verify: () => probe.read(() => verifyReplayText(f.text, label)) });
    }
    const check = await probe.read(() => checkClassCodes(handIns, { knownLevel: (id) => SHIPPED.get(id) }));
    const entries = check.levels.flatMap((l) => l.entries);
    if (entries.length + check.rejected.length !== handIns.length) probe.broke(`${handIns.length} hand-ins, but ${entries.length} results and ${check.rejected.length} rejected`);
    for (const r of check.rejected) if (!clear(r.problems)) probe.unclear(JSON.stringify(r));
    if (entries.length === 0) return;
    probe.accepted();
    // What the screen then draws from the accepted results: the CSV and the histograms.
    resultsCsv(entries);
    for (const group of check.levels) histogram(group.entries.map((e) => e.result.uptimePct), 10, group.level.objectives.slaPct);
  },
  show: ({ paste, files }) => [`paste:\n${paste}`, ...files.map((f) => `file ${JSON.stringify(f.name)}:\n${f.text}`)].join('\n\n'),
};
