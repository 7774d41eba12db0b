import type { DatabaseSize } from '../model/constants';
import type { DrPosture } from '../model/lifecycles';
import type { FaultKind } from '../model/scenario';
import type { Purchase, ScalingMetric, Tenancy } from '../model/world';

/** Every player (and teacher, bot, replay) action, named `noun.verb`. */
export type Command =
  | { type: 'instance.launch'; zoneId: string; instanceType: string; purchase?: Purchase; tenancy?: Tenancy; loadBalancerId?: string }
  | { type: 'instance.terminate'; instanceId: string }
  | { type: 'instance.stop'; instanceId: string }
  | { type: 'instance.start'; instanceId: string }
  | { type: 'instance.reboot'; instanceId: string }
  | { type: 'instance.resize'; instanceId: string; instanceType: string }
  | { type: 'loadBalancer.create'; regionId: string; zoneIds: string[]; crossZone?: boolean; sticky?: boolean }
  | { type: 'loadBalancer.attach'; loadBalancerId: string; instanceId: string }
  | { type: 'loadBalancer.detach'; loadBalancerId: string; instanceId: string }
  | {
      type: 'loadBalancer.configure';
      loadBalancerId: string;
      zoneIds?: string[];
      crossZone?: boolean;
      sticky?: boolean;
      healthCheck?: { intervalSeconds?: number; unhealthyThreshold?: number; healthyThreshold?: number };
    }
  | {
      type: 'scalingGroup.create';
      regionId: string;
      zoneIds: string[];
      instanceType: string;
      min: number;
      max: number;
      desired: number;
      purchase?: Purchase;
      loadBalancerId?: string;
      healthCheckType?: 'ec2' | 'elb';
    }
  | {
      type: 'scalingGroup.configure';
      scalingGroupId: string;
      min?: number;
      max?: number;
      desired?: number;
      zoneIds?: string[];
      healthCheckType?: 'ec2' | 'elb';
      warmupSeconds?: number;
      cooldownSeconds?: number;
    }
  | { type: 'scalingGroup.setPolicy'; scalingGroupId: string; metric: ScalingMetric | 'none'; target?: number }
  | { type: 'scalingGroup.schedule'; scalingGroupId: string; atSeconds: number; min?: number; max?: number; desired?: number }
  | { type: 'database.create'; regionId: string; zoneId: string; size?: DatabaseSize }
  | { type: 'database.enableMultiAz'; databaseId: string; standbyZoneId?: string }
  | { type: 'database.enableBackups'; databaseId: string }
  | { type: 'database.failOver'; databaseId: string }
  | { type: 'database.addReadReplica'; databaseId: string; zoneId: string }
  | { type: 'database.promoteReplica'; databaseId: string; replicaId: string }
  | { type: 'database.snapshot'; databaseId: string }
  | { type: 'database.restore'; databaseId: string; zoneId?: string; snapshotId?: string }
  | { type: 'dr.setPosture'; posture: DrPosture; primaryRegionId: string; drRegionId: string }
  | { type: 'region.failOver'; fromRegionId: string; toRegionId: string }
  | { type: 'region.failBack' }
  | { type: 'dns.setWeights'; weights: Record<string, number> }
  | { type: 'session.setMode'; mode: 'memory' | 'store' }
  | { type: 'fault.inject'; kind: FaultKind; targetId?: string; durationSeconds?: number; spikePct?: number };

export type CommandType = Command['type'];

export const COMMAND_TYPES = [
  'instance.launch',
  'instance.terminate',
  'instance.stop',
  'instance.start',
  'instance.reboot',
  'instance.resize',
  'loadBalancer.create',
  'loadBalancer.attach',
  'loadBalancer.detach',
  'loadBalancer.configure',
  'scalingGroup.create',
  'scalingGroup.configure',
  'scalingGroup.setPolicy',
  'scalingGroup.schedule',
  'database.create',
  'database.enableMultiAz',
  'database.enableBackups',
  'database.failOver',
  'database.addReadReplica',
  'database.promoteReplica',
  'database.snapshot',
  'database.restore',
  'dr.setPosture',
  'region.failOver',
  'region.failBack',
  'dns.setWeights',
  'session.setMode',
  'fault.inject',
] as const satisfies readonly CommandType[];

/** A command in a script: applied at the start of the tick `atSeconds`. */
export interface ScriptedCommand {
  atSeconds: number;
  command: Command;
}
