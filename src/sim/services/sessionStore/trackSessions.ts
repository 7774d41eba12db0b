import type { SystemDef } from '../../core/serviceKind';
import { trafficParams } from '../../traffic/params';
import { instanceLoad } from '../instance/load';

/**
 * Users held in memory per instance: about 30 s of its traffic with a session, moving smoothly
 * toward that level. Lost when the instance stops, reboots or terminates (instance machine).
 */
export const trackSessions: SystemDef = {
  name: 'sessionStore.trackSessions',
  phase: 'record',
  run(world) {
    if (world.sessions.mode !== 'memory') return;
    const sessionPct = trafficParams(world).sessionPct;
    const list = world.instances;
    for (let i = 0; i < list.length; i++) {
      const inst = list[i]!;
      if (inst.state !== 'running') continue;
      const target = Math.round(instanceLoad(world, inst).loadRps * (sessionPct / 100) * 30);
      // A sixtieth of the gap each second, but at least one session, so an idle instance really empties.
      const gap = target - inst.sessions;
      const move = gap > 0 ? Math.max(1, Math.round(gap / 60)) : gap < 0 ? Math.min(-1, Math.round(gap / 60)) : 0;
      inst.sessions = Math.abs(move) > Math.abs(gap) ? target : inst.sessions + move;
    }
  },
};
