import { DR_POSTURE_NAMES, type Command, type CommandType } from '../sim';
import { words } from '../shared/words';
import { faultName } from './debrief/faultNames';
import { ELAPSED_CLOCK, formatAt, type LevelClock } from './format';

type Of<T extends CommandType> = Extract<Command, { type: T }>;

const list = (ids: readonly string[] | undefined): string => (ids && ids.length > 0 ? ids.join(', ') : '');
/** "min 2, desired 3, max 6": only the sizes the command sets. */
const sizes = (c: { min?: number; desired?: number; max?: number }): string =>
  (['min', 'desired', 'max'] as const).flatMap((k) => (c[k] === undefined ? [] : [`${k} ${c[k]}`])).join(', ');

/**
 * Every command as a short sentence a player reads (the par moves beside a side-by-side run):
 * "Launch an m5.large in use1-az2", never `instance.launch`. One entry per command type, so a new
 * command does not compile until it has its words.
 */
const COMMAND_WORDS: { readonly [T in CommandType]: (c: Of<T>, clock: LevelClock) => string } = {
  'instance.launch': (c) => `Launch ${c.purchase === 'spot' ? 'a spot ' : 'an '}${c.instanceType} in ${c.zoneId}${c.loadBalancerId ? ` behind ${c.loadBalancerId}` : ''}`,
  'instance.terminate': (c) => `Terminate ${c.instanceId}`,
  'instance.stop': (c) => `Stop ${c.instanceId}`,
  'instance.start': (c) => `Start ${c.instanceId}`,
  'instance.reboot': (c) => `Reboot ${c.instanceId}`,
  'instance.resize': (c) => `Resize ${c.instanceId} to ${c.instanceType}`,
  'loadBalancer.create': (c) => `Create a load balancer in ${c.regionId}`,
  'loadBalancer.attach': (c) => `Put ${c.instanceId} behind ${c.loadBalancerId}`,
  'loadBalancer.detach': (c) => `Take ${c.instanceId} from behind ${c.loadBalancerId}`,
  'loadBalancer.configure': (c) => `Change ${c.loadBalancerId}${c.zoneIds ? `: AZs ${list(c.zoneIds)}` : ''}`,
  'scalingGroup.create': (c) => `Create an Auto Scaling group of ${c.instanceType} over ${list(c.zoneIds)} (${sizes(c)})`,
  'scalingGroup.configure': (c) => `Change ${c.scalingGroupId}${sizes(c) ? `: ${sizes(c)}` : ''}`,
  'scalingGroup.setPolicy': (c) => (c.metric === undefined ? `Remove ${c.scalingGroupId}'s target tracking` : `Target tracking on ${c.scalingGroupId}: ${c.metric === 'cpu' ? 'CPU' : words(c.metric)} ${c.target}${c.metric === 'cpu' ? ' %' : ''}`),
  'scalingGroup.schedule': (c, clock) => `Schedule ${c.scalingGroupId} for ${formatAt(clock, c.atSeconds)}: ${sizes(c)}`,
  'database.create': (c) => `Create a database in ${c.zoneId}`,
  'database.enableMultiAz': (c) => `Make ${c.databaseId} Multi-AZ`,
  'database.enableBackups': (c) => `Turn on ${c.databaseId}'s automated backups`,
  'database.failOver': (c) => `Fail ${c.databaseId} over to its standby`,
  'database.addReadReplica': (c) => `Add a read replica of ${c.databaseId} in ${c.zoneId}`,
  'database.promoteReplica': (c) => `Promote ${c.replicaId} of ${c.databaseId}`,
  'database.snapshot': (c) => `Snapshot ${c.databaseId}`,
  'database.restore': (c) => `Restore ${c.databaseId}${c.snapshotId ? ` from ${c.snapshotId}` : ''}`,
  'queue.create': (c) => `Create a queue in ${c.regionId}`,
  'queue.setRetention': (c) => `Keep ${c.queueId}'s messages ${c.retentionSeconds} s`,
  'dns.setWeights': (c) => `Weight DNS: ${Object.entries(c.weights).map(([id, w]) => `${id} ${w}`).join(', ')}`,
  'session.setMode': (c) => `Keep sessions ${c.mode === 'store' ? 'in a shared store' : 'in each instance\'s memory'}`,
  'dr.setPosture': (c) => `Set up Disaster Recovery: ${DR_POSTURE_NAMES[c.posture]} in ${c.drRegionId}`,
  'region.failOver': (c) => `Fail over from ${c.fromRegionId} to ${c.toRegionId}`,
  'region.failBack': () => 'Fail back to the primary Region',
  'fault.inject': (c) => `Fault: ${faultName(c.kind)}${c.targetId ? ` on ${c.targetId}` : ''}`,
};

/** A command in words: "Terminate web-1"; times in the level's clock. */
export function commandWords(command: Command, clock: LevelClock = ELAPSED_CLOCK): string {
  return (COMMAND_WORDS[command.type] as (c: Command, clock: LevelClock) => string)(command, clock);
}
