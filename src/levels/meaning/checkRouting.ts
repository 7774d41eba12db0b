import type { JsonPath } from '../../shared/schema/jsonPath';
import type { ProblemList } from '../problems';
import { checkRegion, missing, type LevelIndex } from './levelIndex';

/** DNS endpoints lead to a load balancer or instance in their own Region; DR names two Regions. */
export function checkRouting(index: LevelIndex, problems: ProblemList): void {
  const e = index.level.estate;
  e.dns?.endpoints.forEach((ep, i) => {
    const at: JsonPath = ['estate', 'dns', 'endpoints', i];
    const regionMiss = checkRegion(index, ep.region);
    if (regionMiss) problems.add([...at, 'region'], regionMiss.message, regionMiss.hint);
    const lb = index.loadBalancers.get(ep.target);
    const inst = index.instances.get(ep.target);
    // A target whose own Region is wrong is reported there, not again here.
    const targetRegion = lb ? (index.zonesOf.has(lb.region) ? lb.region : undefined) : inst ? index.regionOf.get(inst.zone) : undefined;
    if (!lb && !inst) {
      const miss = missing('load balancer or instance', 'load balancers or instances', ep.target, [...index.loadBalancers.keys(), ...index.instances.keys()]);
      problems.add([...at, 'target'], miss.message, miss.hint);
    } else if (!regionMiss && targetRegion !== undefined && targetRegion !== ep.region) {
      problems.add([...at, 'target'], `"${ep.target}" is in region "${targetRegion}", but the endpoint serves region "${ep.region}"`, `set "region": "${targetRegion}", or point it at something in "${ep.region}"`);
    }
  });

  const dr = e.dr;
  if (dr) {
    const at: JsonPath = ['estate', 'dr'];
    const primaryMiss = checkRegion(index, dr.primaryRegion);
    if (primaryMiss) problems.add([...at, 'primaryRegion'], primaryMiss.message, primaryMiss.hint);
    const drMiss = checkRegion(index, dr.drRegion);
    if (drMiss) problems.add([...at, 'drRegion'], drMiss.message, drMiss.hint);
    else if (dr.drRegion === dr.primaryRegion) {
      const other = index.level.regions.find((r) => r.id !== dr.primaryRegion);
      problems.add([...at, 'drRegion'], 'the DR Region must differ from the primary Region', other ? `for example "${other.id}"` : 'add a second Region to recover into');
    }
  }
}
