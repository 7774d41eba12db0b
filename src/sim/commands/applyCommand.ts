import type { EventSink } from '../events';
import type { World } from '../model/world';
import { fail, type Result } from '../../shared/result';
import * as db from './databaseCommands';
import * as inst from './instanceCommands';
import * as lb from './loadBalancerCommands';
import * as region from './regionCommands';
import * as asg from './scalingCommands';
import type { Command } from './types';
import { validateCommand } from './validateCommand';

/**
 * Applies one command. Never throws: a refusal comes back as `{ ok: false, reason }` and as a
 * `command.rejected` event, so the player reads why ("resize needs the instance stopped first").
 */
export function applyCommand(world: World, command: Command, events: EventSink): Result<string> {
  const result = dispatch(world, command, events);
  events.push(
    result.ok
      ? { tick: world.tick, type: 'command.accepted', subject: result.value, detail: String(command.type) }
      : { tick: world.tick, type: 'command.rejected', detail: `${String((command as { type?: unknown })?.type)}: ${result.reason}` },
  );
  return result;
}

function dispatch(world: World, input: Command, events: EventSink): Result<string> {
  const valid = validateCommand(input);
  if (!valid.ok) return valid;
  const c = valid.value;
  const allowed = world.scenario.allowedCommands;
  // The teacher's fault injection is always allowed; it is not a player action.
  if (allowed && allowed.length > 0 && c.type !== 'fault.inject' && !allowed.includes(c.type)) {
    return fail(`this level does not allow ${c.type}`);
  }
  return route(world, c, events);
}

function route(world: World, c: Command, events: EventSink): Result<string> {
  switch (c.type) {
    case 'instance.launch': return inst.launch(world, c, events);
    case 'instance.terminate': return inst.terminate(world, c, events);
    case 'instance.stop': return inst.stop(world, c, events);
    case 'instance.start': return inst.start(world, c, events);
    case 'instance.reboot': return inst.reboot(world, c, events);
    case 'instance.resize': return inst.resize(world, c, events);
    case 'loadBalancer.create': return lb.createLb(world, c, events);
    case 'loadBalancer.attach': return lb.attach(world, c, events);
    case 'loadBalancer.detach': return lb.detach(world, c, events);
    case 'loadBalancer.configure': return lb.configureLb(world, c);
    case 'scalingGroup.create': return asg.createGroup(world, c, events);
    case 'scalingGroup.configure': return asg.configureGroup(world, c);
    case 'scalingGroup.setPolicy': return asg.setPolicy(world, c);
    case 'scalingGroup.schedule': return asg.schedule(world, c);
    case 'database.create': return db.createDb(world, c, events);
    case 'database.enableMultiAz': return db.enableMultiAz(world, c, events);
    case 'database.enableBackups': return db.enableBackups(world, c);
    case 'database.failOver': return db.failOver(world, c, events);
    case 'database.addReadReplica': return db.addReadReplica(world, c, events);
    case 'database.promoteReplica': return db.promoteReplica(world, c, events);
    case 'database.snapshot': return db.snapshot(world, c, events);
    case 'database.restore': return db.restore(world, c, events);
    case 'dr.setPosture': return region.setPosture(world, c, events);
    case 'region.failOver': return region.failOverRegion(world, c, events);
    case 'region.failBack': return region.failBackRegion(world, events);
    case 'dns.setWeights': return region.setDnsWeights(world, c, events);
    case 'session.setMode': return region.setSessionMode(world, c, events);
    case 'fault.inject': return region.injectFault(world, c, events);
  }
}
