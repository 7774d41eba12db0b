import type Phaser from 'phaser';
import { type LoadBalancer, type World } from '../../../sim';
import type { BitmapLabels } from './bitmapLabels';
import type { BoardLayout, DatabaseNodeLayout } from '../layout/boardLayout';
import type { Rect } from '../layout/geometry';
import { INK, OKABE_ITO } from '../look/palette';
import { databaseNodeLook, databaseNodeRole } from '../../services/database/databaseNodeLook';
import { loadBalancerSummary, TARGET_HEALTH_COLOUR } from '../../services/loadBalancer';
import { drNote, regionHeaderLook } from '../../services/places/region';
import { zoneHeaderLook } from '../../services/places/zone';
import { GROUP_COLOUR, groupCaption } from '../../services/scalingGroup';
import { chipSignature, drawChips } from './chipLayer';
import { dashedRect } from './dashed';
import { NARROW_HEADER } from './staticLayer';
import { fitText, type TextPool } from './textPool';

/** Up to this many targets get one health square each in the load balancer bar. */
const MAX_HEALTH_SQUARES = 24;
const HEALTH_SQUARE = 8;

const healthSquares = (lb: LoadBalancer) => (lb.targets.length <= MAX_HEALTH_SQUARES ? lb.targets.length : 0);
const stripWidth = (squares: number) => (squares > 0 ? squares * (HEALTH_SQUARE + 2) + 4 : 0);

/**
 * Each load balancer's "n/m healthy" (or "provisioning"), left of its health squares: live labels
 * over the cached status layer, checked every slow refresh and redrawn when a count changes.
 */
export function drawLoadBalancerSummaries(labels: BitmapLabels, world: World, l: BoardLayout): void {
  const summaries = l.loadBalancers.map((lbl) => {
    const lb = world.loadBalancers.find((x) => x.id === lbl.id);
    if (!lb) return null;
    let healthy = 0;
    for (const t of lb.targets) if (t.health === 'healthy') healthy++;
    return { lbl, lb, healthy, words: loadBalancerSummary(lb, healthy, world.tick) };
  });
  // Measuring text to fit it is the dear part: only when some count changed.
  if (!labels.begin(summaries.map((x) => (x ? `${x.words} ${x.healthy}` : '-')).join('|'))) return;
  for (const x of summaries) {
    if (!x) continue;
    const r = x.lbl.rect;
    const stripW = stripWidth(healthSquares(x.lb));
    const summaryW = r.w - stripW - r.w * 0.5 - 8;
    labels.put(r.x + r.w - stripW - 6, r.y + r.h / 2, fitText(x.words, Math.max(0, summaryW), { size: 10 }), { originX: 1, originY: 0.5, color: x.healthy < x.lb.targets.length ? OKABE_ITO.orange : INK.muted });
  }
  labels.end();
}

/** Changes whenever anything this layer draws changes. */
export function statusSignature(world: World): string {
  const p: (string | number | boolean)[] = [world.dns.policy, world.dns.ttlTicks];
  for (const r of world.regions) p.push(r.state, drNote(world, r.id) ?? '');
  for (const z of world.zones) p.push(z.state);
  for (const lb of world.loadBalancers) {
    p.push(lb.id, lb.activeFromTick > world.tick, lb.targets.length);
    // One health square per target up to MAX_HEALTH_SQUARES. The "n/m healthy" words are a live
    // label (drawLoadBalancerSummaries), so a count changing does not redraw this layer.
    if (lb.targets.length <= MAX_HEALTH_SQUARES) for (const t of lb.targets) p.push(t.health[0]!);
  }
  for (const g of world.scalingGroups) p.push(g.desired, g.min, g.max, g.state);
  for (const d of world.databases) {
    p.push(d.state, d.multiAz, d.standbyReadyTick > world.tick);
    for (const r of d.replicas) p.push(r.state);
  }
  for (const e of world.dns.endpoints) p.push(e.healthy);
  p.push(chipSignature(world));
  return p.join('');
}

/**
 * What changes with state but not with structure: the DNS box, load balancers with their target
 * health, databases, Region and AZ state words, Auto Scaling group captions, and the chips of
 * Region-level services (drawn from their descriptors, whatever their kind).
 */
export function drawStatusLayer(g: Phaser.GameObjects.Graphics, text: TextPool, small: TextPool, world: World, l: BoardLayout): void {
  g.clear();
  text.begin();
  small.begin();

  g.fillStyle(0x1b2940, 1);
  g.fillRoundedRect(l.dns.x, l.dns.y, l.dns.w, l.dns.h, 6);
  g.lineStyle(2, OKABE_ITO.skyBlue, 1);
  g.strokeRoundedRect(l.dns.x + 1, l.dns.y + 1, l.dns.w - 2, l.dns.h - 2, 6);
  const dnsText = `DNS · Route 53 · ${world.dns.policy} · TTL ${world.dns.ttlTicks} s`;
  text.put(l.dns.x + l.dns.w / 2, l.dns.y + l.dns.h / 2, fitText(dnsText, l.dns.w - 12, { size: 13, bold: true }), { originX: 0.5, originY: 0.5, color: INK.text });

  for (const r of l.regions) {
    const region = world.regions.find((x) => x.id === r.id);
    if (!region) continue;
    const look = regionHeaderLook(region.state);
    // A DR Region says its posture, and that it is still being built, where the header has room.
    const dr = drNote(world, region.id);
    const word = r.header.w < 2 * NARROW_HEADER ? look.word.slice(0, 1) : dr && r.header.w >= 3 * NARROW_HEADER ? `${dr} · ${look.word}` : look.word;
    small.put(r.header.x + r.header.w - 8, r.header.y + (l.dense ? 3 : 5), word, { originX: 1, color: look.colour });
  }
  for (const z of l.zones) {
    const zone = world.zones.find((x) => x.id === z.id);
    if (!zone) continue;
    const look = zoneHeaderLook(zone.state);
    const word = z.header.w < NARROW_HEADER ? look.word.slice(0, 1) : look.word;
    small.put(z.header.x + z.header.w - 6, z.header.y + (l.dense ? 3 : 4), word, { originX: 1, color: look.colour });
  }
  for (const lbl of l.loadBalancers) {
    const lb = world.loadBalancers.find((x) => x.id === lbl.id);
    if (lb) drawLoadBalancer(g, text, lbl.rect, lb, world.tick);
  }
  for (const n of l.databaseNodes) drawDatabaseNode(g, text, world, n);
  // Name the database beside its node when the data band has room (one node in the AZ).
  for (const z of l.zones) {
    if (!z.data) continue;
    const nodes = l.databaseNodes.filter((n) => n.zoneId === z.id);
    const n = nodes[0];
    if (nodes.length !== 1 || !n) continue;
    const room = z.data.x + z.data.w - (n.rect.x + n.rect.w) - 10;
    if (room < 40) continue;
    small.put(n.rect.x + n.rect.w + 6, n.rect.y + n.rect.h / 2, fitText(`${n.databaseId} · ${databaseNodeRole(world, n)}`, room, { size: 10 }), { originY: 0.5, color: INK.muted });
  }
  for (const sg of l.scalingGroups) {
    const group = world.scalingGroups.find((x) => x.id === sg.id);
    if (!group) continue;
    small.put(sg.label.x, sg.label.y, fitText(groupCaption(group), sg.rects[0]!.w - 10, { size: 10 }), { color: GROUP_COLOUR });
  }
  drawChips(g, text, small, world, l);
  text.end();
  small.end();
}

function drawLoadBalancer(g: Phaser.GameObjects.Graphics, text: TextPool, r: Rect, lb: LoadBalancer, now: number): void {
  const provisioning = lb.activeFromTick > now;
  g.fillStyle(0x12304d, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, 5);
  g.lineStyle(2, OKABE_ITO.blue, 1);
  if (provisioning) dashedRect(g, r, 6, 4);
  else g.strokeRoundedRect(r.x + 1, r.y + 1, r.w - 2, r.h - 2, 5);
  const squares = healthSquares(lb);
  const sq = HEALTH_SQUARE;
  const stripW = stripWidth(squares);
  const name = fitText(`⇉ ${lb.id}`, Math.max(0, r.w * 0.5 - 8), { size: 12, bold: true });
  text.put(r.x + 7, r.y + r.h / 2, name, { originY: 0.5, color: INK.text });
  if (squares === 0) return;
  let x = r.x + r.w - stripW;
  const y = r.y + (r.h - sq) / 2;
  for (const t of lb.targets) {
    const c = TARGET_HEALTH_COLOUR[t.health];
    if (t.health === 'healthy') {
      g.fillStyle(c, 1);
      g.fillRect(x, y, sq, sq);
    } else {
      g.lineStyle(1.5, c, 1);
      g.strokeRect(x + 0.75, y + 0.75, sq - 1.5, sq - 1.5);
      if (t.health === 'unhealthy') {
        g.lineBetween(x + 2, y + 2, x + sq - 2, y + sq - 2);
        g.lineBetween(x + sq - 2, y + 2, x + 2, y + sq - 2);
      }
    }
    x += sq + 2;
  }
}

/** A database node as a cylinder with its letter; its colours and letter are the database view's (databaseNodeLook). */
function drawDatabaseNode(g: Phaser.GameObjects.Graphics, text: TextPool, world: World, n: DatabaseNodeLayout): void {
  const look = databaseNodeLook(world, n);
  if (!look) return;
  const { fill, stroke } = look;
  const r = n.rect;
  // A cylinder: body with an elliptical lid.
  const lid = Math.min(6, r.h * 0.22);
  if (fill !== null) {
    g.fillStyle(fill, 1);
    g.fillRect(r.x, r.y + lid / 2, r.w, r.h - lid);
    g.fillEllipse(r.x + r.w / 2, r.y + r.h - lid / 2, r.w, lid);
    g.fillStyle(0xffffff, 0.35);
    g.fillEllipse(r.x + r.w / 2, r.y + lid / 2, r.w, lid);
  }
  g.lineStyle(1.5, stroke, 1);
  if (look.dashed) dashedRect(g, { x: r.x, y: r.y + lid / 2, w: r.w, h: r.h - lid }, 4, 3);
  else {
    g.strokeEllipse(r.x + r.w / 2, r.y + lid / 2, r.w, lid);
    g.lineBetween(r.x, r.y + lid / 2, r.x, r.y + r.h - lid / 2);
    g.lineBetween(r.x + r.w, r.y + lid / 2, r.x + r.w, r.y + r.h - lid / 2);
    g.strokeEllipse(r.x + r.w / 2, r.y + r.h - lid / 2, r.w, lid);
  }
  text.put(r.x + r.w / 2, r.y + r.h / 2 + 1, look.letter, { originX: 0.5, originY: 0.5, color: fill === null ? stroke : INK.dark });
}
