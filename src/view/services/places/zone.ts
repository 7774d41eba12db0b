import { type World } from '../../../sim';
import { contains } from '../../board/layout/geometry';
import { OKABE_ITO } from '../../board/look/palette';
import { countdown, faultEnd, type BlastMark } from '../../board/model/blastMark';
import type { EntityView } from '../entityView';
import { selectFirst, type FaultView } from '../faultView';
import { instanceStateName } from '../instance/instanceWords';
import type { ServiceView } from '../serviceView';
import { placeStateWord } from './placeStates';

/** An AZ's state in its header on the board: short ("● up") when all is well, so its name has room. */
export function zoneHeaderLook(state: string): { word: string; colour: number } {
  return {
    word: state === 'available' ? '● up' : placeStateWord(state),
    colour: state === 'available' ? OKABE_ITO.green : state === 'down' ? OKABE_ITO.vermillion : OKABE_ITO.orange,
  };
}

const liveInstancesIn = (world: World, zoneId: string) => world.instances.filter((i) => i.zoneId === zoneId && i.state !== 'terminated');

const zone: EntityView = {
  kind: 'zone',
  heading: (id) => `Availability Zone ${id}`,
  describe(world, id) {
    const z = world.zones.find((x) => x.id === id);
    if (!z) return id;
    const count = liveInstancesIn(world, z.id).length;
    return `AZ ${z.id} · ${z.state} · ${count} instance${count === 1 ? '' : 's'}${z.launchBlockedUntilTick > world.tick ? ' · launches fail' : ''}`;
  },
  where(world, id) {
    const z = world.zones.find((x) => x.id === id);
    return z ? { zoneId: z.id, regionId: z.regionId } : {};
  },
  estate: {
    under: 'region',
    section: true,
    items: (world, regionId) =>
      (world.regions.find((r) => r.id === regionId)?.zoneIds ?? []).map((id) => ({ id, label: `AZ ${id}`, detail: placeStateWord(world.zones.find((z) => z.id === id)?.state ?? '') })),
  },
  board: {
    band: 'column',
    hit: (l, x, y) => l.zones.find((z) => contains(z.column, x, y))?.id ?? null,
    outline: (l, id) => l.zones.find((z) => z.id === id)?.column ?? null,
  },
};

/** Power cut and capacity crunch act on the selected AZ, or the AZ of the selected instance. */
const zoneFault = (f: Pick<FaultView, 'kind' | 'key' | 'label' | 'long' | 'short' | 'phrase' | 'over'>): FaultView => ({
  ...f,
  legend: 'selected AZ',
  needs: 'an AZ',
  target: (_world, _sel, place) => (place.zoneId ? { ok: true, id: place.zoneId } : selectFirst('an Availability Zone (or something in it)')),
});

function zoneMarks(world: World): BlastMark[] {
  const now = world.tick;
  const marks: BlastMark[] = [];
  for (const z of world.zones) {
    if (z.state === 'down') {
      const power = faultEnd(world, 'zone.powerInterruption', z.id);
      marks.push(
        power !== undefined
          ? { scope: 'zone', targetId: z.id, icon: 'bolt', label: 'POWER CUT', detail: countdown(power - now), dim: 0.6, severity: 'down' }
          : { scope: 'zone', targetId: z.id, icon: 'cross', label: 'AZ DOWN', detail: 'down', dim: 0.6, severity: 'down' },
      );
    } else if (z.state === 'recovering') {
      marks.push({ scope: 'zone', targetId: z.id, icon: 'cycle', label: 'RECOVERING', detail: countdown(z.deadlineTick - now), dim: 0.28, severity: 'warn' });
    } else if (z.launchBlockedUntilTick > now) {
      marks.push({ scope: 'zone', targetId: z.id, icon: 'block', label: 'NO CAPACITY', detail: 'launches fail', dim: 0, severity: 'warn' });
    }
  }
  return marks;
}

const zoneState = (world: World, id: string) => world.zones.find((z) => z.id === id)?.state;

/** "use1-az2 down: 4 of 6 instances lost; load balancer rerouting in about 60 s." */
function narrateOutage(zoneId: string, world: World): string {
  const inZone = liveInstancesIn(world, zoneId).length;
  const all = world.instances.filter((i) => i.state !== 'terminated' && i.regionId === world.zones.find((z) => z.id === zoneId)?.regionId).length;
  const lb = world.loadBalancers.find((l) => l.zoneIds.includes(zoneId));
  const detect = lb ? lb.healthCheck.intervalTicks * lb.healthCheck.unhealthyThreshold : 0;
  return `${zoneId} down: ${inZone} of ${all} instances lost${lb ? `; load balancer rerouting in about ${detect} s` : ''}.`;
}

/** Availability Zones (the simulation's `places` kind holds them with Regions). */
export const zoneView: ServiceView = {
  simKind: 'places',
  entities: [zone],
  events: {
    'zone.outageStarted': { log: (s, d) => `AZ ${s} down: ${d}`, bad: true, cue: 'outage', narrate: { say: narrateOutage, urgent: true, holds: (s, w) => zoneState(w, s) === 'down' }, incident: { starts: 'AZ outage' } },
    'zone.recovering': { log: (s) => `AZ ${s} power back, recovering` },
    'zone.recovered': { log: (s) => `AZ ${s} available`, cue: 'recovery', narrate: { say: (s) => `${s} is available again.`, holds: (s, w) => zoneState(w, s) === 'available' } },
  },
  faults: [
    zoneFault({ kind: 'zone.powerInterruption', key: 'P', label: 'Power cut', long: 'AZ power interruption', short: 'AZ power', phrase: (t) => `a power cut in ${t}`, over: 'the power returned' }),
    zoneFault({ kind: 'zone.insufficientCapacity', key: 'C', label: 'No spare capacity', long: 'No spare capacity in an AZ', short: 'No capacity', phrase: (t) => `no spare capacity in ${t}` }),
  ],
  compactLines: (world) =>
    world.zones.map((z) => {
      // Per AZ, how many instances are in each state: "use1-az1 ● available: 3 running, 1 stopped".
      const counts = new Map<string, number>();
      for (const i of liveInstancesIn(world, z.id)) counts.set(i.state, (counts.get(i.state) ?? 0) + 1);
      const fleet = [...counts.entries()].map(([state, n]) => `${n} ${instanceStateName(state)}`).join(', ');
      return `${z.id} ${placeStateWord(z.state)}: ${fleet || 'no instances'}`;
    }),
  blast: zoneMarks,
};
