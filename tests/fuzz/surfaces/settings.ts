import fc from 'fast-check';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../../src/flow/settings';
import { MemoryStore, savedText, storeFailure } from '../savedInputs';
import { clear, type Surface } from '../surface';

const unit = fc.double({ min: 0, max: 1, noNaN: true });

/** Settings as this game (formatVersion 2) and the previous one (1, without the last two switches) wrote them. */
const validSettings = fc.oneof(
  fc.record({ formatVersion: fc.constant(2), effectsVolume: unit, musicVolume: unit, muted: fc.boolean(), reducedMotion: fc.boolean(), largeText: fc.boolean(), pauseOnIncidents: fc.boolean(), guideDone: fc.boolean() }),
  fc.record({ formatVersion: fc.constant(1), effectsVolume: unit, musicVolume: unit, muted: fc.boolean(), reducedMotion: fc.boolean(), largeText: fc.boolean() }),
);

/** Loaded settings that the sound board and the view can use as they are. */
function unusable(s: Record<string, unknown>): string | undefined {
  for (const k of ['effectsVolume', 'musicVolume']) {
    const v = s[k];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1)) return `${k} is ${String(v)}`;
  }
  for (const k of ['muted', 'reducedMotion', 'largeText', 'pauseOnIncidents', 'guideDone']) if (typeof s[k] !== 'boolean') return `${k} is ${String(s[k])}`;
  return undefined;
}

/** Settings from localStorage; accepted settings must be usable and survive a save and a load. */
export const settings: Surface<{ text: string | null; failing: MemoryStore['failing']; reducedMotion: boolean }> = {
  name: 'settings',
  reads: 'src/flow/settings.ts loadSettings (src/flow/versionedStore.ts)',
  inputs: fc.record({ text: savedText(validSettings), failing: storeFailure, reducedMotion: fc.boolean() }),
  async run({ text, failing, reducedMotion }, probe) {
    const store = new MemoryStore(failing);
    if (text !== null) store.items.set(SETTINGS_KEY, text);
    const loaded = await probe.read(() => loadSettings(store, '2026-11-26T10:00:00Z', reducedMotion));
    if (loaded.problem !== null) {
      if (!clear([loaded.problem])) probe.unclear(JSON.stringify(loaded.problem));
      if (failing === 'none' && store.items.get(`${SETTINGS_KEY}.corrupt`) !== text) probe.broke('unreadable settings were not kept aside');
      return;
    }
    if (text !== null && failing !== 'read') probe.accepted();
    const wrong = unusable(loaded.value as unknown as Record<string, unknown>);
    if (wrong !== undefined) probe.broke(`loaded settings are unusable: ${wrong}`);
    const saved = new MemoryStore();
    saveSettings(saved, loaded.value);
    const again = loadSettings(saved, 'again', reducedMotion);
    if (again.problem !== null) probe.broke(`saved settings do not load back: ${again.problem}`);
    else if (JSON.stringify(again.value) !== JSON.stringify(loaded.value)) probe.broke('saved settings load back different');
  },
  show: ({ text, failing, reducedMotion }) => `storage ${failing}, prefers reduced motion ${reducedMotion}\n${text}`,
};
