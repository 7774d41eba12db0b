import type Phaser from 'phaser';
import type { World } from '../../../sim/model/world';
import type { BoardLayout } from '../layout/boardLayout';
import { badgeFor, barStep, barTint, tileFrame, tileKey, type Badge } from '../look/tileLook';
import { barGeometry } from './tileAtlas';
import { fitText, type TextPool } from './textPool';
import { INK } from '../look/palette';

interface Slot {
  tile: Phaser.GameObjects.Bob;
  bar: Phaser.GameObjects.Bob;
  badge: Phaser.GameObjects.Bob;
  /** What the bobs show now ('' forces a refresh). */
  frame: string;
  step: number;
  tint: number;
  mark: Badge | null;
}

/**
 * The instance tiles: three pooled Bobs per instance (tile, utilisation bar, badge) in two Blitters
 * sharing the tile atlas. Slots are kept by instance id and reused when instances leave, and only
 * the properties that changed are touched, so 1,000 tiles cost a loop of comparisons per update.
 */
export class InstanceTiles {
  private readonly slots = new Map<string, Slot>();
  private readonly free: Slot[] = [];
  private grid: BoardLayout['grid'] | null = null;
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
      slot.frame = '';
      slot.step = -1;
      slot.tint = -1;
      slot.mark = null;
      slot.tile.setPosition(p.x, p.y);
      slot.bar.setPosition(p.x + bar.x, p.y + bar.y);
      slot.badge.setPosition(p.x, p.y);
      slot.badge.setVisible(false);
      if (g.labelH > 0) this.labels.put(p.x + g.size / 2, p.y + g.size + 1, fitText(id, g.pitchX - 1, { size: 11 }), { originX: 0.5, color: INK.muted });
    }
    this.labels.end();
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
    for (let i = 0; i < list.length; i++) {
      const inst = list[i]!;
      const slot = this.slots.get(inst.id);
      if (!slot) continue;
      const frame = tileFrame(tileKey(inst, now), inst.purchase === 'spot');
      if (frame !== slot.frame) {
        changed = true;
        slot.tile.setFrame(frame);
        slot.tile.setVisible(true);
        slot.frame = frame;
      }
      const u = inst.state === 'running' ? inst.utilisation : 0;
      const step = barStep(u);
      if (step !== slot.step) {
        changed = true;
        slot.step = step;
        if (step > 0) slot.bar.setFrame(`bar-${step}`);
        slot.bar.setVisible(step > 0);
      }
      const tint = barTint(u);
      if (tint !== slot.tint) {
        changed = true;
        slot.bar.tint = slot.tint = tint;
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

  /** Forget every frame shown (after the atlas changed texture). */
  invalidate(): void {
    for (const slot of this.slots.values()) {
      slot.frame = '';
      slot.step = -1;
      slot.tint = -1;
      slot.mark = null;
    }
  }

  private createSlot(): Slot {
    const tile = this.tiles.create(0, 0, 'running', false);
    const bar = this.tiles.create(0, 0, 'bar-1', false);
    const badge = this.badges.create(0, 0, 'undetected', false);
    return { tile, bar, badge, frame: '', step: -1, tint: -1, mark: null };
  }
}
