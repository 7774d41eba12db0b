import { fail, ok, type Result } from '../../shared/result';
import { COMMAND_TYPES, type Command } from './types';

/**
 * Field types of every command, checked before a command touches the World, so a hostile or
 * mistyped script gets a clear refusal instead of a half-applied command. `?` marks optional.
 */
type FieldType = 'string' | 'number' | 'boolean' | 'strings' | 'weights' | 'healthCheck';
const FIELDS: Record<Command['type'], Record<string, `${FieldType}` | `?${FieldType}`>> = {
  'instance.launch': { zoneId: 'string', instanceType: 'string', purchase: '?string', tenancy: '?string', loadBalancerId: '?string' },
  'instance.terminate': { instanceId: 'string' },
  'instance.stop': { instanceId: 'string' },
  'instance.start': { instanceId: 'string' },
  'instance.reboot': { instanceId: 'string' },
  'instance.resize': { instanceId: 'string', instanceType: 'string' },
  'loadBalancer.create': { regionId: 'string', zoneIds: 'strings', crossZone: '?boolean', sticky: '?boolean' },
  'loadBalancer.attach': { loadBalancerId: 'string', instanceId: 'string' },
  'loadBalancer.detach': { loadBalancerId: 'string', instanceId: 'string' },
  'loadBalancer.configure': { loadBalancerId: 'string', zoneIds: '?strings', crossZone: '?boolean', sticky: '?boolean', healthCheck: '?healthCheck' },
  'scalingGroup.create': {
    regionId: 'string',
    zoneIds: 'strings',
    instanceType: 'string',
    min: 'number',
    max: 'number',
    desired: 'number',
    purchase: '?string',
    loadBalancerId: '?string',
    healthCheckType: '?string',
  },
  'scalingGroup.configure': {
    scalingGroupId: 'string',
    min: '?number',
    max: '?number',
    desired: '?number',
    zoneIds: '?strings',
    healthCheckType: '?string',
    warmupSeconds: '?number',
    cooldownSeconds: '?number',
  },
  'scalingGroup.setPolicy': { scalingGroupId: 'string', metric: 'string', target: '?number' },
  'scalingGroup.schedule': { scalingGroupId: 'string', atSeconds: 'number', min: '?number', max: '?number', desired: '?number' },
  'database.create': { regionId: 'string', zoneId: 'string', size: '?string' },
  'database.enableMultiAz': { databaseId: 'string', standbyZoneId: '?string' },
  'database.enableBackups': { databaseId: 'string' },
  'database.failOver': { databaseId: 'string' },
  'database.addReadReplica': { databaseId: 'string', zoneId: 'string' },
  'database.promoteReplica': { databaseId: 'string', replicaId: 'string' },
  'database.snapshot': { databaseId: 'string' },
  'database.restore': { databaseId: 'string', zoneId: '?string', snapshotId: '?string' },
  'dr.setPosture': { posture: 'string', primaryRegionId: 'string', drRegionId: 'string' },
  'region.failOver': { fromRegionId: 'string', toRegionId: 'string' },
  'region.failBack': {},
  'dns.setWeights': { weights: 'weights' },
  'session.setMode': { mode: 'string' },
  'fault.inject': { kind: 'string', targetId: '?string', durationSeconds: '?number', spikePct: '?number' },
};

const ENUMS: Record<string, readonly string[]> = {
  purchase: ['onDemand', 'spot'],
  tenancy: ['shared', 'dedicated', 'host'],
  healthCheckType: ['ec2', 'elb'],
  metric: ['cpu', 'requestsPerTarget', 'none'],
  mode: ['memory', 'store'],
};

export function validateCommand(input: unknown): Result<Command> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('a command is an object with a "type"');
  const obj = input as Record<string, unknown>;
  const type = obj.type;
  if (typeof type !== 'string' || !(COMMAND_TYPES as readonly string[]).includes(type)) {
    return fail(`unknown command type ${JSON.stringify(type)}; commands are ${COMMAND_TYPES.join(', ')}`);
  }
  const spec = FIELDS[type as Command['type']];
  for (const key of Object.keys(obj)) {
    if (key !== 'type' && !Object.hasOwn(spec, key)) return fail(`${type} has no field "${key}" (fields: ${Object.keys(spec).join(', ') || 'none'})`);
  }
  for (const [key, raw] of Object.entries(spec)) {
    const optional = raw.startsWith('?');
    const kind = (optional ? raw.slice(1) : raw) as FieldType;
    const value = obj[key];
    if (value === undefined) {
      if (optional) continue;
      return fail(`${type} needs "${key}"`);
    }
    const problem = checkField(kind, value);
    if (problem) return fail(`${type}.${key} ${problem}`);
    const allowed = Object.hasOwn(ENUMS, key) ? ENUMS[key] : undefined;
    if (allowed && !allowed.includes(value as string)) return fail(`${type}.${key} must be one of ${allowed.join(', ')}`);
  }
  return ok(obj as unknown as Command);
}

function checkField(kind: FieldType, v: unknown): string | null {
  switch (kind) {
    case 'string':
      return typeof v === 'string' && v.length <= 200 ? null : 'must be a string (at most 200 characters)';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? null : 'must be a finite number';
    case 'boolean':
      return typeof v === 'boolean' ? null : 'must be true or false';
    case 'strings':
      return Array.isArray(v) && v.length <= 20 && v.every((s) => typeof s === 'string') ? null : 'must be a list of strings';
    case 'weights':
      return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((w) => typeof w === 'number')
        ? null
        : 'must map endpoint ids to numbers';
    case 'healthCheck': {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'must be an object';
      const o = v as Record<string, unknown>;
      const keys = ['intervalSeconds', 'unhealthyThreshold', 'healthyThreshold'];
      if (Object.keys(o).some((k) => !keys.includes(k))) return `may hold only ${keys.join(', ')}`;
      return keys.every((k) => o[k] === undefined || (typeof o[k] === 'number' && Number.isInteger(o[k]))) ? null : 'values must be whole numbers';
    }
  }
}
