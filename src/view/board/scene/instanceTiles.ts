import type Phaser from 'phaser';
import { type World } from '../../../sim';
import { instanceLoads } from '../../../sim/readModel';
import type { BoardLayout } from '../layout/boardLayout';
import { BAR_FRAMES, badgeFor, barStep, barTint, tileFrame, tileKey, type Badge } from '../../services/instance/tileLook';
import { barGeometry } from './tileAtlas';
import { fitText, type TextPool } from './textPool';
import { INK } from '../look/palette';

interface Slot {
  id: string;
  tile: Phaser.GameObjects.Bob;
  bar: Phaser.GameObjects.Bob;
  badge: Phaser.GameObjects.Bob;
  /** What the bobs show now ('' forces a refresh). */
  frame: string;
  step: number;
  tint: number;
  mark: Badge | null;
  /** How dark its AZ's fault shade makes it (0 = not at all). */
  dim: number;
}

/** `colour` darkened by `dim` (0…1), as the fault shade darkens what is under it. */
function darken(colour: number, dim: number): number {
  if (dim <= 0) return colour;
  const k = 1 - dim;
  return (Math.round(((colour >> 16) & 0xff) * k) << 16) | (Math.round(((colour >> 8) & 0xff) * k) << 8) | Math.round((colour & 0xff) * k);
}

/**
 * The instance tiles: three pooled Bobs per instance (tile, utilisation bar, badge) in two Blitters
 * sharing the tile atlas. Slots are kept by instance id and reused when instances leave, and only
 * the properties that changed are touched, so 1,000 tiles cost a loop of comparisons per update.
 */
export class InstanceTiles {
  private readonly slots = new Map<string, Slot>();
  private readonly free: Slot[] = [];
  /** Slots in the order of the World's instance list last seen (undefined: no tile), to skip the id lookups. */
  private byIndex: (Slot | undefined)[] = [];
  private indexed: readonly unknown[] | null = null;
  private grid: BoardLayout['grid'] | null = null;
  /** Fault shade by AZ: the shade sits under the tiles (in the cached chrome), so tiles dim by tint. */
  private zoneDim: ReadonlyMap<string, number> = new Map();
  /** Badges showing now (they pulse, so the board keeps drawing while any is up). */
  badgeCount = 0;

  constructor(
    /** Tiles and bars, interleaved so each bar draws over its own tile. */
    private readonly tiles: Phaser.GameObjects.Blitter,
    /** Badges, drawn above the fault overlay so a marker stays bright in a dark AZ. */
    private readonly badges: Phaser.GameObjects.Blitter,
    private readonly labels: TextPool,
  ) {}

  /** New positions (and possibly a new atlas): place every tile, free the slots of departed instances. */
  relayout(layout: BoardLayout): void {
    this.grid = layout.grid;
    const bar = barGeometry(layout.grid.size);
    for (const [id, slot] of this.slots) {
      if (layout.tiles.has(id)) continue;
      this.slots.delete(id);
      slot.id = '';
      slot.tile.setVisible(false);
      slot.bar.setVisible(false);
      slot.badge.setVisible(false);
      this.free.push(slot);
    }
    const g = layout.grid;
    this.labels.begin();
    for (const [id, p] of layout.tiles) {
      let slot = this.slots.get(id);
      if (!slot) {
        slot = this.free.pop() ?? this.createSlot();
        this.slots.set(id, slot);
      }
      slot.id = id;
      slot.frame = '';
      slot.step = -1;
      slot.tint = -1;
      slot.mark = null;
      slot.dim = -1;
      slot.tile.setPosition(p.x, p.y);
      slot.bar.setPosition(p.x + bar.x, p.y + bar.y);
      slot.badge.setPosition(p.x, p.y);
      slot.badge.setVisible(false);
      if (g.labelH > 0) this.labels.put(p.x + g.size / 2, p.y + g.size + 1, fitText(id, g.pitchX - 1, { size: 11 }), { originX: 0.5, color: INK.muted });
    }
    this.labels.end();
    this.indexed = null;
  }

  /**
   * Brings every tile up to date with the World (`undetected`: dead targets still marked healthy).
   * Returns whether anything visible changed.
   */
  sync(world: World, undetected: ReadonlySet<string>): boolean {
    if (!this.grid) return false;
    let changed = false;
    let badges = 0;
    const now = world.tick;
    const list = world.instances;
    // Launches append and prunes replace the list, so index → slot holds until one of those happens.
    if (this.indexed !== list || this.byIndex.length !== list.length) {
      this.indexed = list;
      this.byIndex = list.map((inst) => this.slots.get(inst.id));
    }
    const byIndex = this.byIndex;
    const dimming = this.zoneDim.size > 0;
    // The simulation's read model: every instance's utilisation in the last tick, indexed like the list.
    const loads = instanceLoads(world);
    for (let i = 0; i < list.length; i++) {
      const inst = list[i]!;
      let slot = byIndex[i];
      if (slot?.id !== inst.id) slot = byIndex[i] = this.slots.get(inst.id);
      if (!slot) continue;
      const frame = tileFrame(tileKey(inst, now), inst.purchase === 'spot');
      if (frame !== slot.frame) {
        changed = true;
        slot.tile.setFrame(frame);
        slot.tile.setVisible(true);
        slot.frame = frame;
      }
      const u = inst.state === 'running' && inst.stateSinceTick <= world.flows.tick ? loads.utilisation[i]! : 0;
      const step = barStep(u);
      if (step !== slot.step) {
        changed = true;
        slot.step = step;
        if (step > 0) slot.bar.setFrame(BAR_FRAMES[step]);
        slot.bar.setVisible(step > 0);
      }
      const dim = dimming ? (this.zoneDim.get(inst.zoneId) ?? 0) : 0;
      if (dim !== slot.dim) {
        changed = true;
        slot.dim = dim;
        slot.tile.tint = darken(0xffffff, dim);
        slot.tint = -1;
      }
      const tint = barTint(u);
      if (tint !== slot.tint) {
        changed = true;
        slot.tint = tint;
        slot.bar.tint = darken(tint, dim);
      }
      const mark = badgeFor(inst, undetected.has(inst.id), now);
      if (mark) badges++;
      if (mark !== slot.mark) {
        changed = true;
        slot.mark = mark;
        if (mark) slot.badge.setFrame(mark);
        slot.badge.setVisible(mark !== null);
      }
    }
    this.badgeCount = badges;
    return changed;
  }

  /** The fault shade's darkness by AZ id (what drawFaultLayer shades), applied at the next sync. */
  setDim(zoneDim: ReadonlyMap<string, number>): void {
    this.zoneDim = zoneDim;
    for (const slot of this.slots.values()) slot.dim = -1;
  }

  /** Forget every frame shown (after the atlas changed texture). */
  invalidate(): void {
    for (const slot of this.slots.values()) {
      slot.frame = '';
      slot.step = -1;
      slot.tint = -1;
      slot.mark = null;
      slot.dim = -1;
    }
  }

  private createSlot(): Slot {
    const tile = this.tiles.create(0, 0, 'running', false);
    const bar = this.tiles.create(0, 0, 'bar-1', false);
    const badge = this.badges.create(0, 0, 'undetected', false);
    return { id: '', tile, bar, badge, frame: '', step: -1, tint: -1, mark: null, dim: -1 };
  }
}
