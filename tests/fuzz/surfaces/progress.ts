import fc from 'fast-check';
import { loadProgress, PROGRESS_KEY, recordRun, saveProgress } from '../../../src/flow/progress';
import { hostileString } from '../hostileValues';
import { MemoryStore, savedText, storeFailure } from '../savedInputs';
import { clear, type Surface } from '../surface';

const levelProgress = fc.record({
  stars: fc.integer({ min: 0, max: 3 }),
  bestUptimePct: fc.double({ min: 0, max: 100, noNaN: true }),
  bestCostUsd: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(Number.MAX_SAFE_INTEGER)),
  plays: fc.nat(),
});

/** Saved progress as the game writes it. */
const validProgress = fc
  .dictionary(fc.oneof(fc.constantFrom('lifecycle', 'chaos-day', '__proto__', 'constructor'), hostileString), levelProgress, { maxKeys: 4 })
  .map((levels) => ({ formatVersion: 1, levels }));

/**
 * Saved progress from localStorage. Accepted progress must keep working: a finished run is
 * recorded into it, it is saved, and it loads back the same.
 */
export const progress: Surface<{ text: string | null; failing: MemoryStore['failing']; levelId: string }> = {
  name: 'progress',
  reads: 'src/flow/progress.ts loadProgress (src/flow/versionedStore.ts)',
  inputs: fc.record({ text: savedText(validProgress), failing: storeFailure, levelId: fc.oneof(fc.constantFrom('lifecycle', '__proto__'), hostileString) }),
  async run({ text, failing, levelId }, probe) {
    const store = new MemoryStore(failing);
    if (text !== null) store.items.set(PROGRESS_KEY, text);
    const loaded = await probe.read(() => loadProgress(store, '2026-11-26T10:00:00Z'));
    if (loaded.problem !== null) {
      if (!clear([loaded.problem])) probe.unclear(JSON.stringify(loaded.problem));
      if (failing === 'none' && store.items.get(`${PROGRESS_KEY}.corrupt`) !== text) probe.broke('unreadable progress was not kept aside');
      return;
    }
    if (text !== null && failing !== 'read') probe.accepted();
    const next = recordRun(loaded.value, levelId, { stars: 2, uptimePct: 99.5, costUsd: 1.25 });
    const saved = new MemoryStore();
    saveProgress(saved, next);
    const again = loadProgress(saved, 'again');
    if (again.problem !== null) probe.broke(`saved progress does not load back: ${again.problem}`);
    else if (JSON.stringify(again.value) !== JSON.stringify(next)) probe.broke('saved progress loads back different');
  },
  show: ({ text, failing, levelId }) => `storage ${failing}, record a run of ${JSON.stringify(levelId)}\n${text}`,
};
