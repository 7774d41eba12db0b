import type { Point, Rect } from './geometry';
import type { TileGrid } from './tileGrid';

/** Where everything on the board is, in board space (CSS pixels at zoom 1). Pure data. */
export interface BoardLayout {
  width: number;
  height: number;
  /** Regions side by side (row) or stacked (column, on tall narrow screens). */
  arrangement: 'row' | 'column';
  /** True when even the smallest tiles did not fit: the board is taller than the view (pan to see it). */
  overflow: boolean;
  /** Tight chrome (phones, small windows): subnet names and long state words are left out. */
  dense: boolean;
  grid: TileGrid;
  dns: Rect;
  /** Room for the key to the tile shapes, left of DNS (null when the view is too narrow). */
  legend: Rect | null;
  regions: RegionLayout[];
  zones: ZoneLayout[];
  loadBalancers: LoadBalancerLayout[];
  scalingGroups: ScalingGroupLayout[];
  databaseNodes: DatabaseNodeLayout[];
  endpoints: EndpointLayout[];
  /** Region-level services (band 'service'), in their Region's service strip. */
  chips: ChipLayout[];
  /** Top-left corner of each instance's tile, by instance id. */
  tiles: Map<string, Point>;
}

export interface RegionLayout {
  id: string;
  rect: Rect;
  header: Rect;
  /** The strip along its bottom, below the AZ columns, holding its chips (null when it has none). */
  services: Rect | null;
}

export interface ChipLayout {
  /** The entity kind whose chip it is (the selection's kind). */
  kind: string;
  id: string;
  regionId: string;
  rect: Rect;
  /** One line (glyph, name, state) instead of two: many chips in a narrow strip. */
  compact: boolean;
}

export interface ZoneLayout {
  id: string;
  regionId: string;
  subnetId: string;
  /** The whole AZ column. */
  column: Rect;
  header: Rect;
  /** The subnet band the instances sit in. */
  subnet: Rect;
  /** The data subnet band (databases), when the Region has any. */
  data: Rect | null;
}

export interface LoadBalancerLayout {
  id: string;
  regionId: string;
  rect: Rect;
  /** Where traffic leaves the load balancer towards each of its AZs (bottom edge, above the column). */
  exits: Record<string, Point>;
}

export interface ScalingGroupLayout {
  id: string;
  /** One outline per run of neighbouring AZs (usually one). */
  rects: Rect[];
  /** Where its name goes (top-left of the first outline). */
  label: Point;
}

export interface DatabaseNodeLayout {
  databaseId: string;
  /** The database id for P and S, the replica id for R. */
  nodeId: string;
  role: 'P' | 'S' | 'R';
  zoneId: string;
  rect: Rect;
}

export interface EndpointLayout {
  id: string;
  regionId: string;
  /** Where the DNS line lands: the top of the load balancer (or instance) it points at. */
  anchor: Point;
}
