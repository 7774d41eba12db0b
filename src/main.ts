/**
 * The composition root: the only file that wires the simulation, levels, runtime and view together.
 * For now it runs the sandbox level in real time and shows that it is alive in a plain DOM panel.
 */
import sandbox from '../levels/sandbox.json';
import { parseLevel } from './levels/parseLevel';
import { formatProblem } from './levels/problems';
import { createFixedStepLoop } from './runtime/fixedStepLoop';
import { installTestHooks, isTestMode, type TestSnapshot } from './runtime/testHooks';
import type { Command, ScriptedCommand } from './sim/commands/types';
import { runScenario } from './sim/replay';
import { step } from './sim/step';
import { summarise } from './sim/summary';
import { createWorld } from './sim/world';
import { createAlivePanel } from './view/alivePanel';

const SANDBOX_FILE = 'levels/sandbox.json';
/** Simulated seconds per real second when a level does not say. */
const DEFAULT_SPEED = 1;

function start(): void {
  const root = requireElement('#app');
  const status = requireElement('#status');
  const testMode = isTestMode(window.location.search);
  const panel = createAlivePanel(root);

  const parsed = parseLevel(sandbox, SANDBOX_FILE);
  if (!parsed.ok) {
    panel.setTitle('The sandbox level has problems');
    panel.showProblems(parsed.problems.map(formatProblem));
    status.textContent = `${parsed.problems.length} problem(s) in ${SANDBOX_FILE}: the level cannot start.`;
    return;
  }
  const scenario = parsed.scenario;
  const world = createWorld(scenario, 0);
  const pending: Command[] = [];
  let summary = summarise(world);

  /** One simulated second; nothing moves once the level is won or lost. */
  function stepOnce(): void {
    if (summary.outcome !== 'running') return;
    step(world, pending.splice(0));
    summary = summarise(world);
  }

  let announced: string = summary.outcome;
  function render(): void {
    panel.render(summary);
    if (summary.outcome !== announced) {
      announced = summary.outcome;
      status.textContent = summary.outcome === 'won' ? `${scenario.title}: level won.` : `${scenario.title}: level lost.`;
    }
  }

  const loop = createFixedStepLoop({
    step: stepOnce,
    render,
    speed: scenario.speed ?? DEFAULT_SPEED,
    paused: testMode,
  });

  panel.setTitle(scenario.title);
  render();
  status.textContent = testMode ? `${scenario.title} loaded (test mode: clock paused).` : `${scenario.title} is running.`;
  loop.start();

  if (testMode) {
    const snapshot = (): TestSnapshot => ({
      scene: 'alive',
      levelId: scenario.id,
      simSeconds: summary.tick,
      uptimePct: summary.uptimePct,
      costUsd: summary.costUsd,
      outcome: summary.outcome,
    });
    installTestHooks({
      snapshot,
      advance(simSeconds) {
        for (let i = 0; i < simSeconds && summary.outcome === 'running'; i += 1) stepOnce();
        render();
        return snapshot();
      },
      runScenario(scenarioJson, seed, script) {
        const level = parseLevel(scenarioJson, 'runScenario');
        if (!level.ok) {
          throw new Error(level.problems.map(formatProblem).join('\n'));
        }
        return runScenario(level.scenario, script === undefined ? { seed } : { seed, script: script as ScriptedCommand[] });
      },
    });
  }
}

function requireElement(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`index.html must contain ${selector}`);
  return found;
}

start();
