import { DR_POSTURE_NAMES, type World } from '../../../sim';
import { contains } from '../../board/layout/geometry';
import { INK, OKABE_ITO } from '../../board/look/palette';
import { countdown, faultEnd, type BlastMark } from '../../board/model/blastMark';
import type { EntityView } from '../entityView';
import { selectFirst } from '../faultView';
import type { ServiceView } from '../serviceView';
import { placeStateWord } from './placeStates';

/** A Region's state in its header on the board: quiet while available, loud when not. */
export function regionHeaderLook(state: string): { word: string; colour: number } {
  return { word: placeStateWord(state), colour: state === 'available' ? INK.muted : state === 'down' ? OKABE_ITO.vermillion : OKABE_ITO.orange };
}

/**
 * The DR posture a Region stands ready with, in words beside its state: "DR pilot light", and
 * "(being built)" until its cross-Region copy of the data is ready (it protects nothing before);
 * null for a Region that is not a DR Region.
 */
export function drNote(world: World, regionId: string): string | null {
  const dr = world.dr;
  if (!dr || dr.drRegionId !== regionId) return null;
  const building = dr.state === 'normal' && world.tick < dr.readyTick;
  return `DR ${DR_POSTURE_NAMES[dr.posture].toLowerCase()}${building ? ' (being built)' : ''}`;
}

const region: EntityView = {
  kind: 'region',
  heading: (id) => `Region ${id}`,
  describe(world, id) {
    const r = world.regions.find((x) => x.id === id);
    return r ? `Region ${r.id} · ${r.state} · ${r.zoneIds.length} AZs` : id;
  },
  where: (_world, id) => ({ regionId: id }),
  estate: {
    under: '',
    section: true,
    items: (world) =>
      world.regions.map((r) => {
        const dr = drNote(world, r.id);
        return { id: r.id, label: `Region ${r.id}`, detail: dr ? `${placeStateWord(r.state)} · ${dr}` : placeStateWord(r.state) };
      }),
  },
  board: {
    band: 'region',
    hit: (l, x, y) => l.regions.find((r) => contains(r.rect, x, y))?.id ?? null,
    outline: (l, id) => l.regions.find((r) => r.id === id)?.rect ?? null,
  },
};

function regionMarks(world: World): BlastMark[] {
  const now = world.tick;
  const marks: BlastMark[] = [];
  for (const r of world.regions) {
    if (r.state === 'down') {
      const end = faultEnd(world, 'region.outage', r.id);
      marks.push({ scope: 'region', targetId: r.id, icon: 'cross', label: 'REGION OUTAGE', detail: end !== undefined ? countdown(end - now) : 'down', dim: 0.62, severity: 'down' });
    } else if (r.state === 'recovering') {
      marks.push({ scope: 'region', targetId: r.id, icon: 'cycle', label: 'REGION RECOVERING', detail: countdown(r.deadlineTick - now), dim: 0.3, severity: 'warn' });
    }
  }
  return marks;
}

/** Regions (the simulation's `places` kind holds them with AZs). */
export const regionView: ServiceView = {
  simKind: 'places',
  entities: [region],
  events: {
    'region.outageStarted': {
      log: (s) => `Region ${s} down`,
      bad: true,
      cue: 'outage',
      narrate: { say: (s) => `Region ${s} is down. Only another Region can serve now.`, urgent: true, holds: (s, w) => w.regions.find((r) => r.id === s)?.state === 'down' },
      incident: { starts: 'Region outage' },
    },
    'region.recovering': { log: (s) => `Region ${s} recovering` },
    'region.recovered': { log: (s) => `Region ${s} available`, cue: 'recovery' },
  },
  faults: [
    {
      kind: 'region.outage',
      key: 'R',
      label: 'Region outage',
      long: 'Region outage',
      short: 'Region down',
      over: 'the Region came back',
      legend: 'selected Region',
      needs: 'a Region',
      phrase: (t) => `an outage of Region ${t}`,
      // The selected Region, or the Region of whatever is selected.
      target: (_world, _sel, place) => (place.regionId ? { ok: true, id: place.regionId } : selectFirst('a Region (or something in it)')),
    },
  ],
  blast: regionMarks,
};
