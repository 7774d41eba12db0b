import type { BoardLayout, EndpointLayout, RegionLayout } from './boardLayout';
import type { BoardStructure } from './boardStructure';
import { rect, type Point, type Rect } from './geometry';
import { DENSE, placeRegion, planRegions, regionFrame, ROOMY, tilesHeight, type BoardMetrics, type RegionPlan } from './layoutRegion';
import { MAX_TILE, MIN_TILE, tileGrid, type TileGrid } from './tileGrid';

export interface Viewport {
  width: number;
  height: number;
}

const MARGIN = 8;
const REGION_GAP = 10;
const DNS_W = 300;
/** Narrower AZ columns cannot show their names. */
const MIN_READABLE_COLUMN = 72;

/**
 * Lays the board out in a view of this size: DNS at the top, Regions side by side below it (stacked
 * when that gives bigger tiles, e.g. a phone held upright), each with its load balancers above its
 * AZ columns, instances as tiles in their AZ's subnet band (as big as fits, from roomy tiles with
 * ids down to compact ones for a thousand instances), Auto Scaling groups outlined around their
 * members, databases (P, S, R) in a data band at the bottom of their AZ, and Region-level services
 * (SQS, Lambda, API Gateway …) as chips in a strip along the bottom of their Region, below the AZ columns.
 */
export function layoutBoard(s: BoardStructure, view: Viewport): BoardLayout {
  const width = Math.max(240, view.width);
  const height = Math.max(200, view.height);
  const plans = planRegions(s);
  const dnsH = height < 420 ? 26 : 30;
  const dnsGap = height < 420 ? 26 : 34;
  const dns = rect((width - Math.min(DNS_W, width - 2 * MARGIN)) / 2, MARGIN, Math.min(DNS_W, width - 2 * MARGIN), dnsH);
  const area = rect(MARGIN, dns.y + dns.h + dnsGap, width - 2 * MARGIN, height - MARGIN - (dns.y + dns.h + dnsGap));

  // Phones and small windows get tighter chrome, so the tiles keep some room.
  const m = width < 560 || height < 420 ? DENSE : ROOMY;
  const row = fit(plans, boxes(plans, area, 'row'), m);
  const column = plans.length > 1 ? fit(plans, boxes(plans, area, 'column'), m) : null;
  // Stack the Regions when that gives bigger tiles, or when side by side the AZ columns get too
  // narrow to name (a phone held upright) and stacked ones still fit.
  const useColumn =
    column !== null && (column.grid.size > row.grid.size || (row.columnW < MIN_READABLE_COLUMN && column.columnW >= MIN_READABLE_COLUMN && column.fits));
  const chosen = useColumn ? column : row;
  const arrangement = useColumn ? 'column' : 'row';
  const regionBoxes = boxes(plans, area, arrangement);

  const out: BoardLayout = {
    width,
    height,
    arrangement,
    overflow: !chosen.fits,
    dense: m.dense,
    grid: chosen.grid,
    dns,
    legend: dns.x - 2 * MARGIN >= 150 ? rect(MARGIN, MARGIN - 2, dns.x - 2 * MARGIN, dnsH + dnsGap - 4) : null,
    regions: [],
    zones: [],
    loadBalancers: [],
    scalingGroups: [],
    databaseNodes: [],
    endpoints: [],
    chips: [],
    tiles: new Map(),
  };
  // When tiles overflow, stacked Regions move down to make room for the ones above.
  let shift = 0;
  plans.forEach((plan, i) => {
    const box0 = regionBoxes[i]!;
    const box = rect(box0.x, box0.y + shift, box0.w, box0.h);
    const placed = placeRegion(plan, regionFrame(plan, box, m), chosen.grid, s.subnets);
    const bottom = Math.max(box.y + box.h, placed.bottom);
    if (arrangement === 'column') shift += bottom - (box.y + box.h);
    const region: RegionLayout = { id: plan.id, rect: rect(box.x, box.y, box.w, bottom - box.y), header: rect(box.x, box.y, box.w, m.region.header), services: placed.services };
    out.regions.push(region);
    out.zones.push(...placed.zones);
    out.loadBalancers.push(...placed.loadBalancers);
    out.scalingGroups.push(...placed.scalingGroups);
    out.databaseNodes.push(...placed.databaseNodes);
    out.chips.push(...placed.chips);
    for (const [id, p] of placed.tiles) out.tiles.set(id, p);
    out.height = Math.max(out.height, bottom + MARGIN);
  });
  out.endpoints = s.endpoints.map((e) => endpointAnchor(e, out));
  return out;
}

/** Each Region's box: side by side with width in proportion to its AZ count, or stacked evenly. */
function boxes(plans: RegionPlan[], area: Rect, arrangement: 'row' | 'column'): Rect[] {
  const n = Math.max(1, plans.length);
  if (arrangement === 'column') {
    const h = (area.h - (n - 1) * REGION_GAP) / n;
    return plans.map((_, i) => rect(area.x, area.y + i * (h + REGION_GAP), area.w, h));
  }
  const zones = plans.reduce((sum, p) => sum + Math.max(1, p.zoneIds.length), 0) || 1;
  const free = area.w - (n - 1) * REGION_GAP;
  let x = area.x;
  return plans.map((p) => {
    const w = (free * Math.max(1, p.zoneIds.length)) / zones;
    const r = rect(x, area.y, w, area.h);
    x += w + REGION_GAP;
    return r;
  });
}

/** The biggest tile size at which every Region's tiles fit (the smallest size, flagged, when none does). */
function fit(plans: RegionPlan[], regionBoxes: Rect[], m: BoardMetrics): { grid: TileGrid; fits: boolean; columnW: number } {
  const frames = plans.map((p, i) => regionFrame(p, regionBoxes[i]!, m));
  const columnW = Math.min(...frames.map((f) => f.columnW));
  for (let size = MAX_TILE; size >= MIN_TILE; size--) {
    const grid = tileGrid(size);
    const ok = plans.every((p, i) => {
      const f = frames[i]!;
      return f.tilesW >= grid.size && tilesHeight(p, grid, f) <= f.tilesBottom - f.tilesTop;
    });
    if (ok) return { grid, fits: true, columnW };
  }
  return { grid: tileGrid(MIN_TILE), fits: false, columnW };
}

function endpointAnchor(e: BoardStructure['endpoints'][number], l: BoardLayout): EndpointLayout {
  let anchor: Point | undefined;
  if (e.targetKind === 'loadBalancer') {
    const lb = l.loadBalancers.find((x) => x.id === e.targetId);
    if (lb) anchor = { x: lb.rect.x + lb.rect.w / 2, y: lb.rect.y };
  } else {
    const t = l.tiles.get(e.targetId);
    if (t) anchor = { x: t.x + l.grid.size / 2, y: t.y };
  }
  if (!anchor) {
    const region = l.regions.find((r) => r.id === e.regionId);
    anchor = region ? { x: region.header.x + region.header.w / 2, y: region.header.y } : { x: l.dns.x + l.dns.w / 2, y: l.dns.y + l.dns.h + 20 };
  }
  return { id: e.id, regionId: e.regionId, anchor };
}
