import type Phaser from 'phaser';
import { type World } from '../../../sim';
import type { BoardLayout } from '../layout/boardLayout';
import { dnsRoute } from '../layout/dnsRoute';
import type { Point } from '../layout/geometry';
import { INK, OKABE_ITO } from '../look/palette';
import type { Flows } from '../model/measureFlows';
import { dashedLine } from './dashed';
import type { BitmapLabels } from './bitmapLabels';

/** Two significant figures: labels that do not flicker with every tick's noise. */
export function roughRps(rps: number): string {
  if (rps < 0.5) return '0';
  const digits = Math.max(0, Math.floor(Math.log10(rps)) - 1);
  const unit = 10 ** digits;
  const v = Math.round(rps / unit) * unit;
  return v >= 10_000 ? `${(v / 1000).toFixed(0)}k` : String(v);
}

const pct = (perMille: number) => `${Math.round(perMille / 10)} %`;

function polyline(g: Phaser.GameObjects.Graphics, pts: readonly Point[], dashed: boolean): void {
  for (let k = 0; k + 1 < pts.length; k++) {
    const a = pts[k]!;
    const b = pts[k + 1]!;
    if (dashed) dashedLine(g, a.x, a.y, b.x, b.y, 5, 4);
    else g.lineBetween(a.x, a.y, b.x, b.y);
  }
}

/** Line width of a load balancer → AZ flow. */
const zoneWidth = (rps: number, demand: number) => 1.5 + Math.min(7, (7 * rps) / demand);

/** Whether requests into this AZ fail there (a load balancer failing open, or not yet aware). */
function darkZone(world: World, zoneId: string, regionId: string): boolean {
  return world.zones.find((z) => z.id === zoneId)?.state === 'down' || world.regions.find((r) => r.id === regionId)?.state === 'down';
}

/** What the labels say: changes whenever drawFlowLabels would draw something else. */
export function flowSignature(f: Flows): string {
  const p: string[] = [];
  for (const e of f.endpoints) p.push(String(Math.round(e.weight / 5)), String(Math.round(e.answer / 5)), e.healthy ? 'h' : 'u');
  for (const [k, v] of f.lbZoneRps) p.push(k, roughRps(v));
  return p.join(' ');
}

/**
 * What the lines look like, to a quarter pixel of width: changes whenever drawFlowLines would draw
 * visibly different lines. Coarser than the labels' signature, so the noise of a busy estate
 * (5,400 → 5,500 req/s) rewrites a label without redrawing every line.
 */
export function flowLineSignature(world: World, f: Flows, l: BoardLayout): string {
  const p: (string | number | boolean)[] = [];
  for (const e of f.endpoints) p.push(e.weight < 1 ? '-' : Math.round((7 * e.weight) / 250), e.healthy);
  const demand = Math.max(1, f.demandRps);
  for (const lb of l.loadBalancers) {
    for (const zoneId of Object.keys(lb.exits)) {
      const zone = l.zones.find((z) => z.id === zoneId);
      if (!zone) continue;
      const rps = f.lbZoneRps.get(`${lb.id} ${zoneId}`) ?? 0;
      p.push(rps < 0.5 ? '-' : Math.round(zoneWidth(rps, demand) * 4), rps >= 0.5 && darkZone(world, zoneId, zone.regionId));
    }
  }
  return p.join(' ');
}

/**
 * Traffic as lines whose width follows the flow: DNS → each endpoint (its current weight, and where
 * it is heading while cached answers expire over the TTL), and each load balancer → each AZ (requests
 * per second). With motion on, particles travel along the same paths and the lines stay faint.
 */
export function drawFlowLines(g: Phaser.GameObjects.Graphics, world: World, f: Flows, l: BoardLayout, reducedMotion: boolean): void {
  g.clear();
  const alpha = reducedMotion ? 0.9 : 0.4;
  l.endpoints.forEach((ep, i) => {
    const flow = f.endpoints[i];
    if (!flow) return;
    const route = dnsRoute(l, i, ep.anchor);
    const width = 1 + (7 * flow.weight) / 1000;
    // Width follows the share of clients still using the endpoint (cached answers expire over the
    // TTL), so an endpoint DNS has given up on keeps its traffic until the caches run out.
    const colour = flow.healthy ? OKABE_ITO.skyBlue : OKABE_ITO.vermillion;
    if (flow.weight < 1) {
      g.lineStyle(1.5, flow.healthy ? INK.grey : OKABE_ITO.vermillion, 0.7);
      polyline(g, route, true);
    } else {
      g.lineStyle(width, colour, flow.healthy ? alpha : 0.85);
      polyline(g, route, false);
      // Round the corners of thick lines.
      g.fillStyle(colour, flow.healthy ? alpha : 0.85);
      g.fillCircle(route[1].x, route[1].y, width / 2);
      g.fillCircle(route[2].x, route[2].y, width / 2);
    }
  });
  const demand = Math.max(1, f.demandRps);
  for (const lb of l.loadBalancers) {
    for (const [zoneId, exit] of Object.entries(lb.exits)) {
      const zone = l.zones.find((z) => z.id === zoneId);
      if (!zone) continue;
      const rps = f.lbZoneRps.get(`${lb.id} ${zoneId}`) ?? 0;
      const y2 = zone.column.y;
      if (rps < 0.5) {
        g.lineStyle(1, INK.grey, 0.5);
        dashedLine(g, exit.x, exit.y, exit.x, y2, 2, 3);
        continue;
      }
      const dark = darkZone(world, zoneId, zone.regionId);
      g.lineStyle(zoneWidth(rps, demand), dark ? OKABE_ITO.vermillion : OKABE_ITO.skyBlue, dark ? 0.9 : alpha);
      g.lineBetween(exit.x, exit.y, exit.x, y2);
    }
  }
}

/** The flows' words: each endpoint's share of clients (and where it is heading), each AZ's requests per second. */
export function drawFlowLabels(labels: BitmapLabels, world: World, f: Flows, l: BoardLayout): void {
  labels.begin();
  l.endpoints.forEach((ep, i) => {
    const flow = f.endpoints[i];
    if (!flow) return;
    const route = dnsRoute(l, i, ep.anchor);
    const role = world.dns.policy === 'failover' ? `${world.dns.endpoints[i]?.role ?? ''} ` : '';
    const words = flow.shifting ? `${role}${pct(flow.weight)} → ${pct(flow.answer)} (TTL)` : `${role}${pct(flow.weight)}`;
    const label = flow.healthy ? words : `✖ unhealthy · ${words}`;
    // On the bus, just above it and right of the drop to the endpoint: clear of the Region's name.
    labels.put(route[2].x + 6, route[2].y - 2, label, { originY: 1, color: flow.healthy ? (flow.shifting ? OKABE_ITO.yellow : INK.text) : OKABE_ITO.vermillion });
  });
  for (const lb of l.loadBalancers) {
    for (const [zoneId, exit] of Object.entries(lb.exits)) {
      const zone = l.zones.find((z) => z.id === zoneId);
      if (!zone) continue;
      const rps = f.lbZoneRps.get(`${lb.id} ${zoneId}`) ?? 0;
      if (rps < 0.5) continue;
      const dark = darkZone(world, zoneId, zone.regionId);
      labels.put(exit.x + 7, (exit.y + zone.column.y) / 2, `${roughRps(rps)} req/s${dark ? ' failing' : ''}`, { originY: 0.5, color: dark ? OKABE_ITO.vermillion : INK.muted });
    }
  }
  labels.end();
}
