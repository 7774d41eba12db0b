import type { World } from '../../sim';
import type { BoardLayout } from '../board/layout/boardLayout';
import type { Rect } from '../board/layout/geometry';

/**
 * One kind of thing the player can select (an instance, an Availability Zone, the service …): its
 * words, its rows in the estate list and where it sits on the board.
 */
export interface EntityView {
  /** The selection kind: the estate list's data-kind, the board's hit test, the action sets' `on`. */
  readonly kind: string;
  /** The context panel's heading: "Instance web-1". */
  heading(id: string): string;
  /** One line for the board's tooltip: the same facts as the estate list. */
  describe(world: World, id: string, seen: { undetected: ReadonlySet<string> }): string;
  /** The AZ and Region it sits in (the teacher's fault keys reach from it to them). */
  where(world: World, id: string): Place;
  readonly estate: EstateView;
  readonly board: BoardView;
}

export interface Place {
  zoneId?: string;
  regionId?: string;
}

/** Its rows in the estate list, the board's accessible twin. */
export interface EstateView {
  /** The kind whose row it is listed under ('' for the top of the list): instances under their AZ. */
  readonly under: string;
  /** A section that holds the rows under it (Regions, AZs) rather than a row of a list. */
  readonly section?: boolean;
  /** Its rows under the entity `parentId` (any id under '') in the order shown (worked out again when the simulation's change versions move, and a few times a second for loads). */
  items(world: World, parentId: string): EstateItem[];
}

export interface EstateItem {
  id: string;
  label: string;
  detail: string;
}

/**
 * The board's bands, most specific first (the hit test asks them in this order): instance tiles in
 * the AZ's subnet band, database nodes in its data band, load balancers in the lane above the AZ
 * columns, Region-level services (SQS, Lambda, API Gateway, ECS …) as chips
 * in a strip along the bottom of their Region, Auto Scaling group outlines around their tiles, the
 * AZ columns, the Region areas, and the DNS box at the top. layoutBoard places each band
 * (src/view/board/layout).
 */
export const BANDS = ['tiles', 'data', 'lane', 'service', 'outline', 'column', 'region', 'top'] as const;
export type Band = (typeof BANDS)[number];

export interface BoardView {
  readonly band: Band;
  /** The id of the entity at board point (x, y) ('' for the only one of its kind), or null. */
  hit(l: BoardLayout, x: number, y: number): string | null;
  /** The rectangle outlined when it is selected or hovered (null when it is not on the board). */
  outline(l: BoardLayout, id: string): Rect | null;
  /** Rows for the key to the board drawn beside DNS: a glyph, its word and its colour. */
  readonly legend?: readonly LegendItem[];
  /**
   * Band 'service' only: its things in Region `regionId` as chips, in the order shown. The board
   * lays them out in the Region's service strip (which it leaves out when no kind has a chip there)
   * and draws every chip the same way, from these words alone. Called a few times a second: cheap.
   */
  chips?(world: World, regionId: string): Chip[];
}

/**
 * A Region-level service on the board: a glyph in its colour, its name, its state as a word (never
 * colour alone), and an optional small figure that changes often (messages waiting).
 */
export interface Chip {
  /** The entity id (what the chip selects). */
  id: string;
  /** One or two characters naming the kind: "Q". */
  glyph: string;
  /** Its name, usually the id. */
  label: string;
  /** Its state in words, with a shape if it has one: "● available". */
  state: string;
  /** The state's colour, from the palette (src/view/board/look/palette). */
  colour: number;
  /**
   * A figure that changes while the state does not ("1,204 msgs"): drawn as a live bitmap label, so
   * a change costs a few quads, not a redraw. Printable ASCII (the label font's characters).
   */
  figure?: string;
}

export type LegendItem = readonly [glyph: string, word: string, colour: number];
