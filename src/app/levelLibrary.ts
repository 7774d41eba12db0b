import { findLevel, loadCatalog, type Catalog, type CatalogEntry } from '../flow/catalog';
import { dailyLevelIndex, dailySeed } from '../flow/deepLink';
import { formatProblem } from '../levels/problems';
import { type ScenarioSpec } from '../sim';
import type { DailyChallenge } from '../view/appPort';

/**
 * The player's own level lives under its own key ("own:<id>"), so it can never shadow a shipped
 * level with the same id: campaign level "lifecycle" stays the campaign's after a file with id
 * "lifecycle" is opened.
 */
const OWN_PREFIX = 'own:';
export const ownKey = (scenarioId: string): string => `${OWN_PREFIX}${scenarioId}`;

export interface LevelLibrary {
  readonly catalog: Catalog;
  /** Reads the shipped levels; returns a sentence for each one that is broken (a bug, shown on the title). */
  load(): string[];
  /** A shipped level by its id, or the player's own by ownKey(id) (it may reuse a shipped id). */
  lookup(levelId: string): CatalogEntry | undefined;
  /** Remembers a level the player opened (file, drop, link or replay); it replaces the previous one. */
  setOwn(entry: CatalogEntry, text: string): void;
  /** The own level's text, for its key (null for a shipped level's id). */
  ownLevelText(levelId: string): string | null;
  /** True for the player's own level: its runs are never written to saved progress. */
  isOwn(scenario: ScenarioSpec): boolean;
  /** Today's challenge: a campaign level picked by the date, seeded by the date. */
  daily(now: Date): DailyChallenge | null;
}

/** The shipped catalog plus the one level the player brought. */
export function createLevelLibrary(): LevelLibrary {
  let catalog: Catalog = { campaign: [], sandbox: null, problems: [] };
  let own: { entry: CatalogEntry; text: string } | null = null;
  const ownWithKey = (levelId: string) => (own && ownKey(own.entry.scenario.id) === levelId ? own : null);
  return {
    get catalog() {
      return catalog;
    },
    load() {
      catalog = loadCatalog();
      return catalog.problems.map((p) => `A shipped level has a problem: ${formatProblem(p)}`);
    },
    lookup: (levelId) => (levelId.startsWith(OWN_PREFIX) ? ownWithKey(levelId)?.entry : findLevel(catalog, levelId)),
    setOwn(entry, text) {
      own = { entry, text };
    },
    ownLevelText: (levelId) => ownWithKey(levelId)?.text ?? null,
    // By identity: a shipped level's entry is never the player's, even when the ids are equal.
    isOwn: (scenario) => own !== null && own.entry.scenario === scenario,
    daily(now) {
      const seed = dailySeed(now);
      const entry = catalog.campaign[dailyLevelIndex(seed, catalog.campaign.length)];
      if (!entry) return null;
      const note = `Daily challenge for ${now.toISOString().slice(0, 10)}: seed ${seed}, the same level and seed for everyone today.`;
      return { levelId: entry.scenario.id, title: entry.scenario.title, seed, note };
    },
  };
}
