import type uPlot from 'uplot';
import { PALETTE } from './palette';
import { markerLabels, type FaultMarker } from './faultMarkers';

export interface OverlayOptions {
  markers: readonly FaultMarker[];
  badMinutes: readonly number[];
  fontPx: number;
  rows: number;
  state: { replayTick: number | null };
}

/**
 * Fault bands and bad minutes under the lines; fault lines, their labels and the replay's "now"
 * line on top. Bad minutes are hatched, not just tinted, so they read without colour.
 */
export function overlayPlugin(o: OverlayOptions): uPlot.Plugin {
  let hatch: CanvasPattern | null = null;
  const labels = markerLabels(o.markers);
  const clip = (u: uPlot) => {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.beginPath();
    ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
    ctx.clip();
  };
  const x = (u: uPlot, v: number) => u.valToPos(v, 'x', true);
  return {
    hooks: {
      drawAxes: [
        (u) => {
          const { ctx, bbox } = u;
          clip(u);
          ctx.fillStyle = 'rgba(240, 228, 66, 0.10)';
          for (const [a, b] of union(o.markers.filter((m) => m.endTick > m.startTick).map((m) => [m.startTick, m.endTick] as const))) ctx.fillRect(x(u, a), bbox.top, x(u, b) - x(u, a), bbox.height);
          if (o.badMinutes.length > 0) {
            hatch ??= makeHatch(ctx, PALETTE.vermillion);
            // A bad minute in a day-long run is under a pixel wide: keep each at least a few pixels.
            const minWidth = 4 * (window.devicePixelRatio || 1);
            const band = (t: number) => [x(u, t), Math.max(minWidth, x(u, t + 60) - x(u, t))] as const;
            for (const fill of hatch ? ['rgba(213, 94, 0, 0.28)', hatch] : ['rgba(213, 94, 0, 0.28)']) {
              ctx.fillStyle = fill;
              for (const t of o.badMinutes) {
                const [left, width] = band(t);
                ctx.fillRect(left, bbox.top, width, bbox.height);
              }
            }
          }
          ctx.restore();
        },
      ],
      draw: [
        (u) => {
          const { ctx, bbox } = u;
          const dpr = window.devicePixelRatio || 1;
          const px = dpr * o.fontPx;
          const rowHeight = px * 1.25;
          const labelTop = bbox.top - o.rows * rowHeight - px * 0.2;
          ctx.save();
          ctx.beginPath();
          ctx.rect(bbox.left, labelTop, bbox.width, bbox.top + bbox.height - labelTop);
          ctx.clip();
          ctx.font = `600 ${Math.round(px * 0.85)}px system-ui, sans-serif`;
          ctx.textBaseline = 'middle';
          ctx.textAlign = 'left';
          const rows: number[] = [];
          const crowded = o.markers.length > CROWDED;
          // Minor faults in a crowded run: a thin tick with a small triangle on top, there but not
          // shouting. One path for all of them, one per pixel column: thousands of faults drawn one
          // by one took 100 ms over the five charts.
          const minor = new Set<number>();
          if (crowded) for (const m of labels) if (!m.major) minor.add(Math.round(x(u, m.tick)));
          if (minor.size > 0) {
            ctx.strokeStyle = 'rgba(240, 228, 66, 0.55)';
            ctx.lineWidth = dpr;
            ctx.beginPath();
            for (const x0 of minor) {
              ctx.moveTo(x0, bbox.top);
              ctx.lineTo(x0, bbox.top + bbox.height);
            }
            ctx.stroke();
            ctx.fillStyle = PALETTE.yellow;
            ctx.beginPath();
            for (const x0 of minor) {
              ctx.moveTo(x0 - px * 0.3, bbox.top);
              ctx.lineTo(x0 + px * 0.3, bbox.top);
              ctx.lineTo(x0, bbox.top + px * 0.45);
              ctx.closePath();
            }
            ctx.fill();
          }
          for (const m of labels) {
            if (crowded && !m.major) continue;
            const x0 = x(u, m.tick);
            // Labels sit above the plot; one that would overlap drops a row, and past the last row the line speaks alone.
            const w = ctx.measureText(m.label).width + px * 0.6;
            const left = Math.max(bbox.left, Math.min(x0 - px * 0.3, bbox.left + bbox.width - w));
            const row = Array.from({ length: o.rows }, (_, r) => r).find((r) => (rows[r] ?? -Infinity) < left);
            const top = row === undefined ? bbox.top : labelTop + row * rowHeight;
            ctx.strokeStyle = PALETTE.yellow;
            ctx.lineWidth = 2 * dpr;
            ctx.setLineDash([6 * dpr, 4 * dpr]);
            ctx.beginPath();
            ctx.moveTo(x0, top);
            ctx.lineTo(x0, bbox.top + bbox.height);
            ctx.stroke();
            ctx.setLineDash([]);
            if (row === undefined) continue;
            rows[row] = left + w + px * 0.3;
            ctx.fillStyle = 'rgba(240, 228, 66, 0.16)';
            ctx.strokeStyle = PALETTE.yellow;
            ctx.lineWidth = dpr;
            ctx.fillRect(left, top, w, rowHeight - 2 * dpr);
            ctx.strokeRect(left, top, w, rowHeight - 2 * dpr);
            ctx.fillStyle = PALETTE.yellow;
            ctx.fillText(m.label, left + px * 0.3, top + (rowHeight - 2 * dpr) / 2);
          }
          if (o.state.replayTick !== null) {
            const xr = x(u, o.state.replayTick);
            ctx.strokeStyle = '#ffffff';
            ctx.lineWidth = 3 * dpr;
            ctx.beginPath();
            ctx.moveTo(xr, bbox.top);
            ctx.lineTo(xr, bbox.top + bbox.height);
            ctx.stroke();
            ctx.fillStyle = '#ffffff';
            ctx.beginPath();
            ctx.moveTo(xr - px * 0.45, bbox.top + bbox.height);
            ctx.lineTo(xr + px * 0.45, bbox.top + bbox.height);
            ctx.lineTo(xr, bbox.top + bbox.height - px * 0.7);
            ctx.fill();
          }
          ctx.restore();
        },
      ],
    },
  };
}

/** Past this many faults, one-off instance faults lose their labels (see FaultMarker.major). */
const CROWDED = 8;

/** Rows of fault labels above each chart: none without faults, two when several may collide. */
export function labelRows(markers: number): number {
  return markers === 0 ? 0 : markers === 1 ? 1 : 2;
}

/** Merges overlapping intervals, so overlapping fault bands do not stack into a darker tint. */
function union(intervals: (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...intervals].sort((p, q) => p[0] - q[0])) {
    const last = out.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function makeHatch(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | null {
  const size = Math.round(10 * (window.devicePixelRatio || 1));
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = color;
  t.lineWidth = Math.max(1, size / 6);
  t.beginPath();
  t.moveTo(0, size);
  t.lineTo(size, 0);
  t.moveTo(-size / 2, size / 2);
  t.lineTo(size / 2, -size / 2);
  t.moveTo(size / 2, size * 1.5);
  t.lineTo(size * 1.5, size / 2);
  t.stroke();
  return ctx.createPattern(tile, 'repeat');
}

