import { formatClock, formatPct, formatRps, formatUsd } from './format';

/**
 * The plain-DOM panel that shows a level is running before the game board exists: title, clock,
 * traffic, uptime, cost and fleet size, redrawn every frame. Only changed text is written, so a
 * 60 Hz redraw costs nothing when the simulation is paused.
 */

export interface AliveReadout {
  tick: number;
  demandRps: number;
  servedRps: number;
  uptimePct: number;
  costUsd: number;
  runningInstances: number;
  outcome: 'running' | 'won' | 'lost';
}

export interface AlivePanel {
  setTitle(title: string): void;
  render(readout: AliveReadout): void;
  /** One already-formatted line per problem (`file › path: message (hint)`). */
  showProblems(lines: readonly string[]): void;
}

const FIELDS = [
  ['clock', 'Simulated time'],
  ['demand', 'Demand'],
  ['served', 'Served'],
  ['uptime', 'Uptime'],
  ['cost', 'Cost so far'],
  ['instances', 'Running instances'],
  ['outcome', 'Outcome'],
] as const;
type Field = (typeof FIELDS)[number][0];

export function createAlivePanel(root: HTMLElement): AlivePanel {
  const section = el('section', { 'aria-labelledby': 'level-title', class: 'alive-panel' });
  const title = el('h2', { id: 'level-title', 'data-testid': 'level-title' });
  const list = el('dl');
  const values = {} as Record<Field, HTMLElement>;
  for (const [field, label] of FIELDS) {
    const dt = el('dt');
    dt.textContent = label;
    const dd = el('dd', { 'data-testid': `alive-${field}` });
    values[field] = dd;
    list.append(dt, dd);
  }
  const problems = el('ul', { class: 'problems', 'aria-label': 'Problems in the level file', hidden: '' });
  section.append(title, list, problems);
  root.append(section);

  const shown = new Map<Field, string>();
  function show(field: Field, text: string): void {
    if (shown.get(field) === text) return;
    shown.set(field, text);
    values[field].textContent = text;
  }

  return {
    setTitle(text) {
      title.textContent = text;
    },
    render(r) {
      show('clock', formatClock(r.tick));
      show('demand', formatRps(r.demandRps));
      show('served', formatRps(r.servedRps));
      show('uptime', formatPct(r.uptimePct));
      show('cost', formatUsd(r.costUsd));
      show('instances', String(r.runningInstances));
      show('outcome', r.outcome);
    },
    showProblems(lines) {
      problems.replaceChildren(
        ...lines.map((line) => {
          const item = el('li');
          item.textContent = line;
          return item;
        }),
      );
      problems.hidden = lines.length === 0;
    },
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}
