import { findInstance, type World } from '../../../sim';
import { INK, OKABE_ITO } from '../../board/look/palette';
import { plainWords } from '../../plainWords';
import type { EntityView } from '../entityView';
import { selectFirst, type FaultView } from '../faultView';
import type { ServiceView } from '../serviceView';
import { busyWords } from './busyWords';
import { instanceActions, launchActions } from './instanceActions';
import { instanceStateName, instanceStateWord } from './instanceWords';
import { TILE_STYLE, tileKey } from './tileLook';

/** A spot notice still stands: the instance is there, not yet going, and its reclaim is ahead. */
function awaitingReclaim(world: World, id: string): boolean {
  const inst = findInstance(world, id);
  return inst !== undefined && inst.spotReclaimTick !== null && inst.spotReclaimTick >= world.tick && (inst.state === 'pending' || inst.state === 'running' || inst.state === 'rebooting');
}

const instance: EntityView = {
  kind: 'instance',
  heading: (id) => `Instance ${id}`,
  describe(world, id, { undetected }) {
    const i = findInstance(world, id);
    if (!i) return id;
    const parts = [`${i.id} · ${i.type}${i.purchase === 'spot' ? ' · spot' : ''}`, TILE_STYLE[tileKey(i, world.tick)].label === 'WARM' ? 'warming up' : instanceStateName(i.state)];
    if (i.state === 'running') parts.push(busyWords(world, i));
    if (undetected.has(i.id)) parts.push('dead, not yet detected: still getting requests');
    if (i.spotReclaimTick !== null && i.state !== 'terminated') parts.push(`spot reclaim in ${Math.max(0, i.spotReclaimTick - world.tick)} s`);
    if (i.greyUntilTick > world.tick && i.state === 'running') parts.push('slow (grey failure)');
    return parts.join(' · ');
  },
  where(world, id) {
    const i = world.instances.find((x) => x.id === id);
    const z = i ? world.zones.find((x) => x.id === i.zoneId) : undefined;
    return z ? { zoneId: z.id, regionId: z.regionId } : {};
  },
  estate: {
    under: 'zone',
    items: (world, zoneId) =>
      world.instances
        .filter((i) => i.zoneId === zoneId && i.state !== 'terminated')
        .map((i) => ({ id: i.id, label: `${i.id} ${i.type}${i.purchase === 'spot' ? ' spot' : ''}`, detail: `${instanceStateWord(i.state)}${i.state === 'running' ? `, ${busyWords(world, i)}` : ''}` })),
  },
  board: {
    band: 'tiles',
    // A tile's whole cell counts, so compact tiles stay easy to hit.
    hit(l, x, y) {
      const g = l.grid;
      for (const [id, p] of l.tiles) if (x >= p.x - g.gap / 2 && x < p.x + g.pitchX - g.gap / 2 && y >= p.y - g.gap / 2 && y < p.y + g.pitchY - g.gap / 2) return id;
      return null;
    },
    outline(l, id) {
      const p = l.tiles.get(id);
      return p ? { x: p.x, y: p.y, w: l.grid.size, h: l.grid.size } : null;
    },
    legend: [
      ['●', 'running', OKABE_ITO.green],
      ['◔', 'booting', OKABE_ITO.skyBlue],
      ['◑', 'stopping', OKABE_ITO.orange],
      ['○', 'stopped', INK.grey],
      ['✕', 'terminated', INK.grey],
      ['!', 'dead, not yet detected', OKABE_ITO.vermillion],
      ['S', 'spot', OKABE_ITO.yellow],
      ['▬', 'busy', 0xffffff],
    ],
  },
};

/** The instance faults act on the selected instance itself, while it is still there. */
function instanceTarget(world: World, sel: { kind: string; id?: string } | null): ReturnType<FaultView['target']> {
  const inst = sel?.kind === 'instance' ? world.instances.find((i) => i.id === sel.id) : undefined;
  if (!inst) return selectFirst('an instance');
  if (inst.state === 'terminated' || inst.state === 'shuttingDown') return { ok: false, reason: `${inst.id} is already gone` };
  return { ok: true, id: inst.id };
}

const instanceFault = (f: Pick<FaultView, 'kind' | 'key' | 'label' | 'long' | 'short' | 'phrase'>): FaultView => ({ ...f, legend: 'selected instance', needs: 'an instance', minor: true, target: instanceTarget });

/** EC2 instances: the tiles of the board. */
export const instanceView: ServiceView = {
  simKind: 'instance',
  entities: [instance],
  actions: [launchActions, instanceActions],
  events: {
    'instance.launched': {
      log: (s, d) => `${s} launched (${d})`,
      cue: 'launch',
      // Auto Scaling replaces a terminated instance without a health-check event; a launch is its reaction.
      incident: { detects: (e) => `${e.subject} launched${e.detail ? ` (${e.detail})` : ''} in response` },
    },
    'instance.started': { log: (s) => `${s} starting` },
    'instance.running': { log: (s) => `${s} running, application starting` },
    // "running, application starting" already told it; the tile turns from WARM to RUN.
    'instance.appReady': { log: 'silent' },
    'instance.stopping': { log: (s, d) => `${s} stopping${d ? ` (${plainWords(d)})` : ''}` },
    'instance.stopped': { log: (s, d) => `${s} stopped${d ? ` (${plainWords(d)})` : ''}` },
    'instance.rebooting': { log: (s) => `${s} rebooting` },
    'instance.rebooted': { log: (s) => `${s} back from reboot` },
    'instance.shuttingDown': { log: (s, d) => `${s} terminating${d ? ` (${plainWords(d)})` : ''}` },
    'instance.terminated': { log: (s) => `${s} terminated`, cue: 'terminate' },
    'instance.resized': { log: (s, d) => `${s} resized: ${d}` },
    'instance.spotInterruptionNoticed': { log: (s) => `${s}: spot interruption notice — reclaimed in 2 minutes`, narrate: { say: (s) => `Spot interruption: ${s} will be reclaimed in two minutes.`, holds: (s, w) => awaitingReclaim(w, s) } },
  },
  faults: [
    instanceFault({ kind: 'instance.terminate', key: 'T', label: 'Terminate', long: 'Instance terminated', short: 'Terminate', phrase: (t) => `${t} terminated` }),
    instanceFault({ kind: 'instance.stop', key: 'O', label: 'Stop', long: 'Instance stopped', short: 'Stop', phrase: (t) => `${t} stopped` }),
    instanceFault({ kind: 'instance.reboot', key: 'B', label: 'Reboot', long: 'Instance rebooted', short: 'Reboot', phrase: (t) => `${t} rebooted` }),
    instanceFault({ kind: 'instance.spotInterruption', key: 'I', label: 'Spot interruption', long: 'Spot interruption', short: 'Spot', phrase: (t) => `a spot interruption of ${t}` }),
    instanceFault({ kind: 'instance.greyFailure', key: 'G', label: 'Grey failure', long: 'Grey failure (slow, but passing health checks)', short: 'Grey failure', phrase: (t) => `a grey failure of ${t} (slow, but passing health checks)` }),
  ],
  causes: { overload: { name: 'Overload', why: 'more requests than capacity' } },
  ledger: { compute: 'Compute (instances)', disks: 'Disks (EBS volumes)', dedicated: 'Dedicated tenancy' },
};
