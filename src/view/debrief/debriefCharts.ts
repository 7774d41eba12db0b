import type uPlot from 'uplot';
import type { MinuteSample } from '../../runtime/recorder';
import { labelRows, overlayPlugin } from './chartOverlay';
import { PALETTE } from './palette';
import type { FaultMarker } from './faultMarkers';
import { formatAt, type LevelClock } from '../format';

export const CHART_IDS = ['traffic', 'failures', 'latency', 'uptime', 'cost'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartsInput {
  minutes: readonly MinuteSample[];
  markers: readonly FaultMarker[];
  durationSeconds: number;
  slaPct: number;
  parUptimePct?: number | undefined;
  budgetUsd?: number | undefined;
  parCostUsd?: number | undefined;
  latencySloMs: number;
  /** The level's clock: the time axis and the cursor read times of day when the level has one. */
  clock: LevelClock;
}

export interface ChartsHandle {
  /** Draws (or, with null, removes) the replay's "now" line on every chart. */
  setReplayTick(tick: number | null): void;
  dispose(): void;
}

let mounts = 0;
const AXIS = '#c9d1de';
const GRID = 'rgba(201, 209, 222, 0.14)';
const DASH = [14, 7];
const DOTS = [3, 6];

/**
 * The debrief's CloudWatch-style charts, drawn by uPlot, which is imported here on first use so it
 * stays out of the first-load chunk. Each slot gets one chart; the five share one time axis (the
 * whole run), one synced cursor, the fault markers (a line at each fault's start, a band while it
 * lasted, a short label) and the replay's "now" line. Lines are thick and labels large, for a
 * projector; the DOM around each slot carries its accessible name and its text summary.
 */
export async function mountCharts(slots: Record<ChartId, HTMLElement>, input: ChartsInput): Promise<ChartsHandle> {
  const [{ default: UPlot }] = await Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]);
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const fontPx = Math.round(rem * 0.95);
  const state = { replayTick: null as number | null };
  const syncKey = `debrief-${++mounts}`;
  const defs = chartDefs(input);
  const charts: uPlot[] = [];

  for (const [k, id] of CHART_IDS.entries()) {
    // One chart per task: building the five at once was one main-thread task of over 100 ms.
    if (k > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const def = defs[id];
    const slot = slots[id];
    slot.replaceChildren();
    const opts: uPlot.Options = {
      width: Math.max(280, slot.clientWidth || 600),
      height: Math.round(rem * 15),
      pxAlign: false,
      // Room above the plot for the fault labels, so they never cover a line.
      padding: [Math.round(fontPx * (0.8 + labelRows(input.markers.length) * 1.25)), Math.round(fontPx * 2), null, null],
      cursor: { sync: { key: syncKey }, drag: { x: false, y: false, setScale: false }, points: { size: 9 } },
      legend: { show: true, live: true },
      scales: { x: { time: false, range: () => [0, input.durationSeconds] }, y: { range: def.yRange } },
      axes: [
        {
          stroke: AXIS,
          font: `${fontPx}px system-ui, sans-serif`,
          grid: { stroke: GRID, width: 1 },
          ticks: { stroke: GRID, width: 1 },
          space: fontPx * 5.5,
          incrs: [60, 300, 600, 900, 1800, 3600, 7200, 10_800, 14_400, 21_600, 43_200, 86_400],
          values: (_u, splits) => splits.map((v) => formatAt(input.clock, Math.round(v), { seconds: false })),
        },
        {
          stroke: AXIS,
          font: `${fontPx}px system-ui, sans-serif`,
          labelFont: `bold ${fontPx}px system-ui, sans-serif`,
          label: def.unitLabel,
          labelSize: fontPx * 1.6,
          size: fontPx * 4.2,
          grid: { stroke: GRID, width: 1 },
          ticks: { stroke: GRID, width: 1 },
          space: fontPx * 2.6,
          values: (_u, splits) => splits.map(def.tickFormat),
        },
      ],
      series: [{ label: 'At', value: (_u, v) => (v === null || v === undefined ? '' : formatAt(input.clock, Math.round(v))) }, ...def.series],
      plugins: [overlayPlugin({ markers: input.markers, badMinutes: def.badMinutes ?? [], fontPx, rows: labelRows(input.markers.length), state })],
    };
    const chart = new UPlot(opts, def.data, slot);
    // The canvas cannot be read aloud: the figure around it has the name and the summary.
    chart.root.querySelector('.u-wrap')?.setAttribute('aria-hidden', 'true');
    chart.root.querySelector('.u-legend')?.setAttribute('aria-hidden', 'true');
    charts.push(chart);
  }

  let pending = 0;
  const resize = new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      charts.forEach((c, i) => {
        const w = Math.max(280, slots[CHART_IDS[i]!].clientWidth);
        if (Math.abs(w - c.width) > 2) c.setSize({ width: w, height: c.height });
      });
    });
  });
  for (const id of CHART_IDS) resize.observe(slots[id]);

  return {
    setReplayTick(tick) {
      if (tick === state.replayTick) return;
      state.replayTick = tick;
      for (const c of charts) c.redraw(false, false);
    },
    dispose() {
      resize.disconnect();
      cancelAnimationFrame(pending);
      for (const c of charts) c.destroy();
    },
  };
}

interface ChartDef {
  data: uPlot.AlignedData;
  series: uPlot.Series[];
  yRange: uPlot.Scale.Range;
  unitLabel: string;
  tickFormat: (v: number) => string;
  /** Start ticks of bad minutes, shaded (failures chart only). */
  badMinutes?: number[];
}

function chartDefs(input: ChartsInput): Record<ChartId, ChartDef> {
  const m = input.minutes;
  // Rates are per-minute averages: plotted at the middle of their minute. Running totals ("so far")
  // are known at the end of each minute, and start from the run's first second.
  const mid = m.map((s) => s.t + 30);
  const ends = [0, ...m.map((s) => s.t + 60)];
  const line = (label: string, stroke: string, fmt: (v: number) => string, extra: Partial<uPlot.Series> = {}): uPlot.Series => ({
    label,
    stroke,
    width: 3.5,
    points: { show: false },
    value: (_u, v) => (v === null || v === undefined ? '' : fmt(v)),
    ...extra,
  });
  const flat = (xs: readonly number[], v: number) => xs.map(() => v);
  const upTo = (max: number, floor = 1): uPlot.Scale.Range => () => [0, niceCeil(Math.max(floor, max) * 1.1)];

  const demandMax = Math.max(0, ...m.map((s) => Math.max(s.demandRps, s.capacityRps, s.servedRps)));
  const failedMax = Math.max(0, ...m.map((s) => s.failedRps));
  const latencyMax = Math.max(0, ...m.map((s) => s.latencyMs));
  const uptimeMin = Math.min(100, input.slaPct, input.parUptimePct ?? 100, ...m.map((s) => s.uptimePct));
  const costMax = Math.max(0, input.budgetUsd ?? 0, input.parCostUsd ?? 0, ...m.map((s) => s.costUsd));

  const uptimeSeries: uPlot.Series[] = [
    line('Uptime so far', PALETTE.sky, pct, { fill: 'rgba(86, 180, 233, 0.10)' }),
    line(`SLA target ${input.slaPct} %`, PALETTE.orange, pct, { dash: DASH, width: 3 }),
  ];
  const uptimeData: (number | null)[][] = [[100, ...m.map((s) => s.uptimePct)], flat(ends, input.slaPct)];
  if (input.parUptimePct !== undefined) {
    uptimeSeries.push(line(`Par ${input.parUptimePct} %`, PALETTE.green, pct, { dash: DOTS, width: 3 }));
    uptimeData.push(flat(ends, input.parUptimePct));
  }
  const costSeries: uPlot.Series[] = [line('Cost so far', PALETTE.green, usd, { fill: 'rgba(0, 158, 115, 0.12)' })];
  const costData: (number | null)[][] = [[0, ...m.map((s) => s.costUsd)]];
  if (input.budgetUsd !== undefined) {
    costSeries.push(line(`Budget ${usd(input.budgetUsd)}`, PALETTE.vermillion, usd, { dash: DASH, width: 3 }));
    costData.push(flat(ends, input.budgetUsd));
  }
  if (input.parCostUsd !== undefined) {
    costSeries.push(line(`Par ${usd(input.parCostUsd)}`, PALETTE.sky, usd, { dash: DOTS, width: 3 }));
    costData.push(flat(ends, input.parCostUsd));
  }

  return {
    traffic: {
      // Served is the shaded area under demand: where they part, the gap is the failed requests.
      data: [mid, m.map((s) => s.servedRps), m.map((s) => s.demandRps), m.map((s) => s.capacityRps)],
      series: [line('Served (area)', PALETTE.sky, reqs, { width: 2, fill: 'rgba(86, 180, 233, 0.28)' }), line('Demand', PALETTE.orange, reqs, { width: 4 }), line('Capacity', PALETTE.green, reqs, { dash: DASH })],
      yRange: upTo(demandMax),
      unitLabel: 'req/s',
      tickFormat: compact,
    },
    failures: {
      data: [mid, m.map((s) => s.failedRps)],
      series: [line('Failed or too slow', PALETTE.vermillion, reqs, { fill: 'rgba(213, 94, 0, 0.22)' })],
      yRange: upTo(failedMax),
      unitLabel: 'req/s',
      tickFormat: compact,
      badMinutes: m.filter((s) => s.bad).map((s) => s.t),
    },
    latency: {
      data: [mid, m.map((s) => s.latencyMs), flat(mid, input.latencySloMs)],
      series: [line('Latency', PALETTE.purple, ms), line(`SLO ${input.latencySloMs} ms`, PALETTE.orange, ms, { dash: DASH, width: 3 })],
      yRange: () => [0, niceCeil(Math.max(input.latencySloMs * 1.25, latencyMax * 1.1))],
      unitLabel: 'ms',
      tickFormat: compact,
    },
    uptime: {
      data: [ends, ...uptimeData] as uPlot.AlignedData,
      series: uptimeSeries,
      yRange: () => [Math.max(0, Math.floor(uptimeMin - 0.5)), 100],
      unitLabel: '%',
      tickFormat: (v) => `${Number(v.toFixed(2))}`,
    },
    cost: {
      data: [ends, ...costData] as uPlot.AlignedData,
      series: costSeries,
      yRange: () => [0, niceCeil(Math.max(0.01, costMax) * 1.1)],
      unitLabel: 'USD',
      tickFormat: (v) => `$${v < 10 ? v.toFixed(2) : Math.round(v)}`,
    },
  };
}

function niceCeil(v: number): number {
  if (v <= 0) return 1;
  const mag = 10 ** Math.floor(Math.log10(v));
  const n = v / mag;
  return ([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((step) => n <= step + 1e-9) ?? 10) * mag;
}

const reqs = (v: number) => `${Math.round(v).toLocaleString('en-US')} req/s`;
const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
const pct = (v: number) => `${v.toFixed(2)} %`;
const usd = (v: number) => `$${v.toFixed(2)}`;
function compact(v: number): string {
  if (Math.abs(v) >= 10_000) return `${Number((v / 1000).toFixed(1))}k`;
  return `${Number(v.toFixed(2))}`;
}
