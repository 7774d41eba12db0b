import { histogram } from '../../replays/classResults';
import { h } from '../dom/h';

const SVG = 'http://www.w3.org/2000/svg';
const W = 560;
const H = 230;
const PAD = { left: 36, right: 16, top: 26, bottom: 46 };

export interface HistogramSpec {
  /** "Uptime" */
  title: string;
  values: readonly number[];
  par: number | undefined;
  format(v: number): string;
  /** Uptime: higher is better; cost: lower is better (for the "at or better than par" count). */
  higherIsBetter: boolean;
}

/** Bins for `n` results: Sturges' rule, kept between 3 and 10 so a class of 30 reads at a glance. */
export function binCount(n: number): number {
  return Math.max(3, Math.min(10, Math.ceil(Math.log2(Math.max(1, n))) + 1));
}

/**
 * One axis of the class's results as a histogram (SVG bars with their counts), par marked by a
 * line and the word "par", and the same in words beneath for screen readers and the back row.
 */
export function classHistogram(spec: HistogramSpec): HTMLElement {
  const bins = binCount(spec.values.length);
  const hist = histogram(spec.values, bins, spec.par);
  const lo = hist.edges[0] ?? 0;
  const width = hist.edges.length > 1 ? hist.edges[1]! - lo : 1;
  const hi = lo + width * bins;
  const max = Math.max(1, ...hist.counts);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (v: number) => PAD.left + ((v - lo) / (hi - lo || 1)) * plotW;
  const y = (c: number) => PAD.top + plotH - (c / max) * plotH;

  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, class: 'histogram', role: 'img', 'aria-label': `${spec.title}: ${hist.counts.map((c, i) => `${spec.format(hist.edges[i]!)} to ${spec.format(hist.edges[i]! + width)}: ${c}`).join('; ')}${spec.par !== undefined ? `; par ${spec.format(spec.par)}` : ''}` });
  svg.append(el('line', { x1: PAD.left, y1: PAD.top + plotH, x2: W - PAD.right, y2: PAD.top + plotH, class: 'hist-axis' }));
  hist.counts.forEach((count, i) => {
    const x0 = x(hist.edges[i]!);
    const bw = Math.max(1, x(hist.edges[i]! + width) - x0 - 4);
    svg.append(el('rect', { x: x0 + 2, y: y(count), width: bw, height: PAD.top + plotH - y(count), class: `hist-bar${hist.parBin === i ? ' par-bin' : ''}`, 'data-count': count }));
    if (count > 0) svg.append(text(String(count), x0 + 2 + bw / 2, y(count) - 6, 'hist-count'));
  });
  // Edge labels: first, middle, last.
  for (const v of [lo, lo + (width * bins) / 2, hi]) svg.append(text(spec.format(v), Math.min(W - PAD.right - 30, Math.max(PAD.left + 30, x(v))), H - PAD.bottom + 20, 'hist-tick'));
  if (spec.par !== undefined) {
    const px = x(spec.par);
    svg.append(el('line', { x1: px, y1: PAD.top - 12, x2: px, y2: PAD.top + plotH + 6, class: 'hist-par' }));
    svg.append(text('par', px, PAD.top - 14, 'hist-par-label'));
  }

  const sorted = [...spec.values].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  const best = spec.higherIsBetter ? sorted.at(-1) : sorted[0];
  const worst = spec.higherIsBetter ? sorted[0] : sorted.at(-1);
  const atPar = spec.par === undefined ? null : spec.values.filter((v) => (spec.higherIsBetter ? v >= spec.par! : v <= spec.par!)).length;
  const summary = sorted.length === 0
    ? 'No results.'
    : `Best ${spec.format(best!)}, median ${spec.format(median)}, worst ${spec.format(worst!)}.${spec.par !== undefined ? ` Par ${spec.format(spec.par)}: ${atPar} of ${sorted.length} at par or better.` : ''}`;
  return h('figure', { class: 'class-histogram', 'data-axis': spec.title.toLowerCase() }, h('figcaption', {}, h('span', { class: 'chart-title' }, spec.title), ' ', h('span', { class: 'hist-summary' }, summary)), svg);
}

function el(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function text(content: string, x: number, y: number, cls: string): SVGElement {
  const t = el('text', { x, y, class: cls, 'text-anchor': 'middle' });
  t.textContent = content;
  return t;
}
