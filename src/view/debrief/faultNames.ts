import { type FaultKind } from '../../sim';

/** Fault kinds in plain words (incident list) and as short chart-marker labels. */
const NAMES: Record<FaultKind, { long: string; short: string }> = {
  'instance.terminate': { long: 'Instance terminated', short: 'Terminate' },
  'instance.stop': { long: 'Instance stopped', short: 'Stop' },
  'instance.reboot': { long: 'Instance rebooted', short: 'Reboot' },
  'instance.spotInterruption': { long: 'Spot interruption', short: 'Spot' },
  'instance.greyFailure': { long: 'Grey failure (slow, but passing health checks)', short: 'Grey failure' },
  'zone.powerInterruption': { long: 'AZ power interruption', short: 'AZ power' },
  'zone.insufficientCapacity': { long: 'No spare capacity in an AZ', short: 'No capacity' },
  'region.outage': { long: 'Region outage', short: 'Region down' },
  'database.primaryFailure': { long: 'Database primary failure', short: 'DB primary' },
  'traffic.spike': { long: 'Traffic spike', short: 'Spike' },
};

export function faultName(kind: string): string {
  return NAMES[kind as FaultKind]?.long ?? kind;
}

export function faultShortName(kind: string): string {
  return NAMES[kind as FaultKind]?.short ?? kind;
}
