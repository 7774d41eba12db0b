import type { BoardStructure } from './boardStructure';
import type { ChipLayout, DatabaseNodeLayout, LoadBalancerLayout, ScalingGroupLayout, ZoneLayout } from './boardLayout';
import { chipStrip, placeChips, type ChipStrip } from './chipStrip';
import { rect, type Point, type Rect } from './geometry';
import { columnsFor, rowsHeight, type TileGrid } from './tileGrid';

/** Board-space measures, px: roomy for laptops and projectors, dense for phones and small windows. */
export interface BoardMetrics {
  dense: boolean;
  region: { pad: number; header: number; lbH: number; lbGap: number; lbToZones: number; zoneGap: number };
  /** subnetLabel 0: the subnet's name is not written (no room). */
  zone: { header: number; subnetLabel: number; pad: number; dataH: number };
  /** Padding between an Auto Scaling group's outline and its tiles, its name line, the gap below it. */
  group: { pad: number; label: number; sectionGap: number };
  /**
   * Chips of Region-level services, in a strip below the AZ columns: two-line chips (name; state and
   * figure) between minW and maxW wide, up to maxFullRows rows, then one-line compact chips.
   */
  chip: { h: number; compactH: number; minW: number; compactMinW: number; maxW: number; gap: number; pad: number; maxFullRows: number };
}

export const ROOMY: BoardMetrics = {
  dense: false,
  region: { pad: 6, header: 22, lbH: 22, lbGap: 4, lbToZones: 16, zoneGap: 6 },
  zone: { header: 20, subnetLabel: 13, pad: 4, dataH: 34 },
  group: { pad: 5, label: 13, sectionGap: 4 },
  chip: { h: 34, compactH: 20, minW: 150, compactMinW: 96, maxW: 220, gap: 6, pad: 4, maxFullRows: 2 },
};

export const DENSE: BoardMetrics = {
  dense: true,
  region: { pad: 4, header: 19, lbH: 19, lbGap: 3, lbToZones: 12, zoneGap: 4 },
  zone: { header: 18, subnetLabel: 0, pad: 3, dataH: 26 },
  group: { pad: 4, label: 12, sectionGap: 3 },
  chip: { h: 34, compactH: 18, minW: 120, compactMinW: 80, maxW: 190, gap: 4, pad: 3, maxFullRows: 1 },
};

/** One band of tiles across a Region's AZs: the instances in no group, then one per Auto Scaling group. */
interface Section {
  groupId: string | null;
  /** Instance ids per zone (index like the Region's zoneIds). */
  perZone: string[][];
  /** The group spans these zones (index like zoneIds); all true for the ungrouped band. */
  covers: boolean[];
}

/** What a Region holds, independent of size: computed once per structure change. */
export interface RegionPlan {
  id: string;
  zoneIds: string[];
  loadBalancers: BoardStructure['loadBalancers'];
  sections: Section[];
  /** Database nodes per zone (index like zoneIds). */
  dataNodes: { databaseId: string; nodeId: string; role: 'P' | 'S' | 'R' }[][];
  hasData: boolean;
  /** Its Region-level services' chips, in the order shown. */
  chips: BoardStructure['chips'];
}

export function planRegions(s: BoardStructure): RegionPlan[] {
  const zoneIndex = new Map<string, [number, number]>();
  s.regions.forEach((r, ri) => r.zoneIds.forEach((z, zi) => zoneIndex.set(z, [ri, zi])));
  const plans: RegionPlan[] = s.regions.map((r) => {
    const groups = s.scalingGroups.filter((g) => g.regionId === r.id);
    const empty = () => r.zoneIds.map((): string[] => []);
    const sections: Section[] = [
      { groupId: null, perZone: empty(), covers: r.zoneIds.map(() => true) },
      ...groups.map((g) => ({ groupId: g.id, perZone: empty(), covers: r.zoneIds.map((z) => g.zoneIds.includes(z)) })),
    ];
    return {
      id: r.id,
      zoneIds: r.zoneIds,
      loadBalancers: s.loadBalancers.filter((l) => l.regionId === r.id),
      sections,
      dataNodes: r.zoneIds.map(() => []),
      hasData: false,
      chips: s.chips.filter((c) => c.regionId === r.id),
    };
  });
  for (const inst of s.instances) {
    const at = zoneIndex.get(inst.zoneId);
    if (!at) continue;
    const plan = plans[at[0]]!;
    const section = plan.sections.find((x) => x.groupId === inst.groupId) ?? plan.sections[0]!;
    section.perZone[at[1]]!.push(inst.id);
    // A member outside its group's AZs (the group was reconfigured): the outline stretches to it.
    section.covers[at[1]] = true;
  }
  const place = (zoneId: string | null, node: RegionPlan['dataNodes'][number][number]) => {
    const at = zoneId ? zoneIndex.get(zoneId) : undefined;
    if (!at) return;
    plans[at[0]]!.dataNodes[at[1]]!.push(node);
    plans[at[0]]!.hasData = true;
  };
  for (const d of s.databases) {
    place(d.primaryZoneId, { databaseId: d.id, nodeId: d.id, role: 'P' });
    place(d.standbyZoneId, { databaseId: d.id, nodeId: d.id, role: 'S' });
    for (const r of d.replicas) place(r.zoneId, { databaseId: d.id, nodeId: r.id, role: 'R' });
  }
  return plans;
}

/** The size-independent frame of a Region drawn in `box`: its AZ columns and the height left for tiles. */
export interface RegionFrame {
  box: Rect;
  m: BoardMetrics;
  columnTop: number;
  columnW: number;
  /** Width available to tiles in one AZ column. */
  tilesW: number;
  /** Top and bottom of the tile area (inside the subnet band). */
  tilesTop: number;
  tilesBottom: number;
  /** Bottom of the AZ columns when the tiles fit (above the service strip). */
  columnBottom: number;
  /** How its chips are laid out (null: no chips, no strip). */
  strip: ChipStrip | null;
}

export function regionFrame(plan: RegionPlan, box: Rect, m: BoardMetrics): RegionFrame {
  const { region: REGION, zone: ZONE, group: GROUP } = m;
  const n = Math.max(1, plan.zoneIds.length);
  const lbs = plan.loadBalancers.length;
  const lbBlock = lbs > 0 ? lbs * (REGION.lbH + REGION.lbGap) - REGION.lbGap + REGION.lbToZones : 4;
  const columnTop = box.y + REGION.header + lbBlock;
  const columnW = (box.w - 2 * REGION.pad - (n - 1) * REGION.zoneGap) / n;
  // Region-level services sit in a strip below the AZ columns: they are in no AZ.
  const strip = chipStrip(plan.chips.length, box.w - 2 * REGION.pad, m.chip);
  const columnBottom = box.y + box.h - REGION.pad - (strip ? strip.h + REGION.zoneGap : 0);
  const tilesTop = columnTop + ZONE.header + ZONE.subnetLabel;
  const tilesBottom = columnBottom - ZONE.pad - (plan.hasData ? ZONE.dataH + ZONE.pad : 0) - ZONE.pad;
  return { box, m, columnTop, columnW, tilesW: columnW - 2 * (ZONE.pad + GROUP.pad), tilesTop, tilesBottom, columnBottom, strip };
}

/** Rows each section needs at this tile size (the most any of its zones needs, so bands line up). */
function sectionRows(plan: RegionPlan, grid: TileGrid, tilesW: number): number[] {
  const cols = columnsFor(grid, tilesW);
  return plan.sections.map((s) => {
    let rows = 0;
    for (const ids of s.perZone) rows = Math.max(rows, Math.ceil(ids.length / cols));
    // An empty group still shows its outline (one empty row): where it will launch.
    return s.groupId === null ? rows : Math.max(1, rows);
  });
}

function sectionHeight(s: Section, rows: number, grid: TileGrid, GROUP: BoardMetrics['group']): number {
  if (s.groupId === null) return rows > 0 ? rowsHeight(grid, rows) + GROUP.pad + GROUP.sectionGap : 0;
  return GROUP.label + GROUP.pad * 2 + rowsHeight(grid, rows) + GROUP.sectionGap;
}

/** Height the tiles of this Region need at this tile size. */
export function tilesHeight(plan: RegionPlan, grid: TileGrid, f: RegionFrame): number {
  const rows = sectionRows(plan, grid, f.tilesW);
  let h = 0;
  plan.sections.forEach((s, i) => (h += sectionHeight(s, rows[i]!, grid, f.m.group)));
  return h;
}

export interface PlacedRegion {
  zones: ZoneLayout[];
  loadBalancers: LoadBalancerLayout[];
  scalingGroups: ScalingGroupLayout[];
  databaseNodes: DatabaseNodeLayout[];
  tiles: [string, Point][];
  /** The service strip (null without chips) and the chips in it. */
  services: Rect | null;
  chips: ChipLayout[];
  /** Bottom of the lowest thing drawn (beyond box when the tiles overflow). */
  bottom: number;
}

/** Places everything inside one Region at the chosen tile size. */
export function placeRegion(plan: RegionPlan, f: RegionFrame, grid: TileGrid, subnets: Record<string, string>): PlacedRegion {
  const { box } = f;
  const { region: REGION, zone: ZONE, group: GROUP } = f.m;
  const colX = (i: number) => box.x + REGION.pad + i * (f.columnW + REGION.zoneGap);
  const rows = sectionRows(plan, grid, f.tilesW);
  const cols = columnsFor(grid, f.tilesW);
  const gridW = cols * grid.pitchX - grid.gap;
  const inset = ZONE.pad + GROUP.pad + Math.max(0, (f.tilesW - gridW) / 2);

  const tiles: [string, Point][] = [];
  const scalingGroups: ScalingGroupLayout[] = [];
  let y = f.tilesTop;
  plan.sections.forEach((s, si) => {
    const r = rows[si]!;
    const top = y;
    const tilesY = s.groupId === null ? top : top + GROUP.label + GROUP.pad;
    s.perZone.forEach((ids, zi) => {
      // Whole pixels: a tile's texture drawn half a pixel off is blurred by filtering.
      const x0 = Math.round(colX(zi) + inset);
      const y0 = Math.round(tilesY);
      ids.forEach((id, k) => tiles.push([id, { x: x0 + (k % cols) * grid.pitchX, y: y0 + Math.floor(k / cols) * grid.pitchY }]));
    });
    const h = sectionHeight(s, r, grid, GROUP);
    if (s.groupId !== null) {
      const outlineH = h - GROUP.sectionGap;
      const rects = coveredRuns(s.covers).map(([a, b]) => rect(colX(a) + ZONE.pad + 1, top, colX(b) + f.columnW - ZONE.pad - 1 - (colX(a) + ZONE.pad + 1), outlineH));
      if (rects.length > 0) scalingGroups.push({ id: s.groupId, rects, label: { x: rects[0]!.x + 5, y: top + 2 } });
    }
    y += h;
  });

  const columnBottom = Math.max(f.columnBottom, y + ZONE.pad + (plan.hasData ? ZONE.dataH + ZONE.pad : 0) + ZONE.pad);
  const zones: ZoneLayout[] = [];
  const databaseNodes: DatabaseNodeLayout[] = [];
  plan.zoneIds.forEach((id, zi) => {
    const x = colX(zi);
    const column = rect(x, f.columnTop, f.columnW, columnBottom - f.columnTop);
    const dataY = columnBottom - ZONE.pad - ZONE.dataH;
    const subnetTop = f.columnTop + ZONE.header;
    const subnetBottom = plan.hasData ? dataY - ZONE.pad : columnBottom - ZONE.pad;
    const data = plan.hasData ? rect(x + ZONE.pad, dataY, f.columnW - 2 * ZONE.pad, ZONE.dataH) : null;
    zones.push({
      id,
      regionId: plan.id,
      subnetId: subnets[id] ?? `${id}-subnet`,
      column,
      header: rect(x, f.columnTop, f.columnW, ZONE.header),
      subnet: rect(x + ZONE.pad, subnetTop, f.columnW - 2 * ZONE.pad, subnetBottom - subnetTop),
      data,
    });
    if (data) databaseNodes.push(...placeDataNodes(plan.dataNodes[zi]!, id, data));
  });

  const loadBalancers: LoadBalancerLayout[] = plan.loadBalancers.map((lb, li) => {
    const idx = lb.zoneIds.map((z) => plan.zoneIds.indexOf(z)).filter((i) => i >= 0);
    const a = idx.length > 0 ? Math.min(...idx) : 0;
    const b = idx.length > 0 ? Math.max(...idx) : plan.zoneIds.length - 1;
    const r = rect(colX(a) + ZONE.pad, box.y + REGION.header + li * (REGION.lbH + REGION.lbGap), colX(b) + f.columnW - ZONE.pad - (colX(a) + ZONE.pad), REGION.lbH);
    const exits: Record<string, Point> = {};
    for (const zi of idx) exits[plan.zoneIds[zi]!] = { x: colX(zi) + f.columnW / 2, y: r.y + r.h };
    return { id: lb.id, regionId: plan.id, rect: r, exits };
  });

  const services = f.strip ? rect(box.x + REGION.pad, columnBottom + REGION.zoneGap, box.w - 2 * REGION.pad, f.strip.h) : null;
  const chips = services && f.strip ? placeChips(plan, f.strip, services, f.m.chip) : [];
  return { zones, loadBalancers, scalingGroups, databaseNodes, tiles, services, chips, bottom: (services ? services.y + services.h : columnBottom) + REGION.pad };
}

/** Runs of neighbouring covered indices, as [first, last] pairs. */
export function coveredRuns(covers: readonly boolean[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  covers.forEach((c, i) => {
    if (c && start < 0) start = i;
    if ((!c || i === covers.length - 1) && start >= 0) {
      runs.push([start, c ? i : i - 1]);
      start = -1;
    }
  });
  return runs;
}

function placeDataNodes(nodes: RegionPlan['dataNodes'][number], zoneId: string, band: Rect): DatabaseNodeLayout[] {
  if (nodes.length === 0) return [];
  const gap = 4;
  const w = Math.max(8, Math.min(44, (band.w - 12 - (nodes.length - 1) * gap) / nodes.length));
  // From the left, so a lone node leaves room for its name beside it.
  const x0 = band.x + 6;
  return nodes.map((n, i) => ({ ...n, zoneId, rect: rect(x0 + i * (w + gap), band.y + 3, w, band.h - 6) }));
}
