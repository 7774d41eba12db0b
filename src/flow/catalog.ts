import { parseLevel } from '../levels/parseLevel';
import type { LevelProblem } from '../levels/problems';
import { parseScript, type ScriptedCommand, type ScenarioSpec } from '../sim';

export interface CatalogEntry {
  file: string;
  scenario: ScenarioSpec;
}

export interface Catalog {
  campaign: CatalogEntry[];
  sandbox: CatalogEntry | null;
  /** Shipped levels that failed to parse (a bug, shown rather than hidden). */
  problems: LevelProblem[];
}

// Vite bundles the level files; they are small, and every one is needed for the level select.
const campaignFiles = import.meta.glob<{ default: unknown }>('../../levels/campaign/*.json', { eager: true });
const sandboxFiles = import.meta.glob<{ default: unknown }>('../../levels/sandbox.json', { eager: true });
// The reference solutions (a few kB in all): the par strategy of the classroom's side-by-side view.
const solutionFiles = import.meta.glob<{ default: unknown }>('../../levels/solutions/*.win.json', { eager: true });

export function loadCatalog(): Catalog {
  const problems: LevelProblem[] = [];
  const parse = (path: string, json: unknown): CatalogEntry | null => {
    const file = path.replace(/^(\.\.\/)+/, '');
    const result = parseLevel(json, file);
    if (result.ok) return { file, scenario: result.scenario };
    problems.push(...result.problems);
    return null;
  };
  const campaign = Object.keys(campaignFiles)
    .sort()
    .map((path) => parse(path, campaignFiles[path]!.default))
    .filter((e): e is CatalogEntry => e !== null);
  const sandboxPath = Object.keys(sandboxFiles)[0];
  const sandbox = sandboxPath ? parse(sandboxPath, sandboxFiles[sandboxPath]!.default) : null;
  return { campaign, sandbox, problems };
}

export function findLevel(catalog: Catalog, id: string): CatalogEntry | undefined {
  return catalog.campaign.find((e) => e.scenario.id === id) ?? (catalog.sandbox?.scenario.id === id ? catalog.sandbox : undefined);
}

export function nextLevel(catalog: Catalog, id: string): CatalogEntry | undefined {
  const i = catalog.campaign.findIndex((e) => e.scenario.id === id);
  return i >= 0 ? catalog.campaign[i + 1] : undefined;
}

/**
 * The level's reference solution (levels/solutions/<id>.win.json), the strategy that sets its par;
 * null when the level ships none or it does not fit the level (a bug `npm run levels:check` reports).
 */
export function parScript(entry: CatalogEntry): ScriptedCommand[] | null {
  const path = Object.keys(solutionFiles).find((p) => p.endsWith(`/solutions/${entry.scenario.id}.win.json`));
  if (!path) return null;
  const script = parseScript(solutionFiles[path]!.default, entry.scenario.durationSeconds);
  return script.ok ? script.value : null;
}
