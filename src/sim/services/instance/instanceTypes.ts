/**
 * The instance type ladder. Within a family each size step doubles capacity and price (DOMAIN.md §4.5:
 * "within a family, each size step doubles vCPU, memory and price"), up to the family's ceiling.
 * Prices are us-east-1 Linux on-demand list prices in integer micro-dollars per hour.
 * Capacity is the requests per second one instance serves at 100 % utilisation: a game constant
 * (no AWS source), chosen so that one m5.large serves 100 req/s.
 */
export const INSTANCE_SIZES = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge', '4xlarge'] as const;
export type InstanceSize = (typeof INSTANCE_SIZES)[number];

export const INSTANCE_FAMILIES = ['t3', 'm5', 'm7g'] as const;
export type InstanceFamily = (typeof INSTANCE_FAMILIES)[number];

export interface FamilySpec {
  /** Smallest and largest size offered: the ceiling of vertical scaling. */
  minSize: InstanceSize;
  maxSize: InstanceSize;
  /** Price of the smallest size, µ$/h. Each step above doubles it. */
  basePriceMicrosPerHour: number;
  /** Capacity of the smallest size, req/s. Each step above doubles it. */
  baseCapacityRps: number;
}

export const FAMILIES: Readonly<Record<InstanceFamily, FamilySpec>> = {
  // t3.nano $0.0052/h … t3.2xlarge $0.3328/h [3P usage.ai]; t3 keeps 2 vCPUs up to large (burstable),
  // modelled here as doubling like the others — docs/model.md notes the simplification.
  t3: { minSize: 'nano', maxSize: '2xlarge', basePriceMicrosPerHour: 5_200, baseCapacityRps: 3.125 },
  // m5.large $0.096/h, m5.xlarge $0.192/h [3P npblue]; 2xlarge/4xlarge are [CALC] doublings.
  m5: { minSize: 'large', maxSize: '4xlarge', basePriceMicrosPerHour: 96_000, baseCapacityRps: 100 },
  // m7g.large $0.0816/h [3P factualminds]; Graviton serves ~the same per vCPU in this model.
  m7g: { minSize: 'large', maxSize: '4xlarge', basePriceMicrosPerHour: 81_600, baseCapacityRps: 100 },
};

export interface InstanceTypeSpec {
  name: string;
  family: InstanceFamily;
  size: InstanceSize;
  priceMicrosPerHour: number;
  capacityRps: number;
}

const sizeIndex = (size: InstanceSize): number => INSTANCE_SIZES.indexOf(size);

/** Every offered type, e.g. "m5.large", in ladder order. */
export const INSTANCE_TYPES: readonly InstanceTypeSpec[] = INSTANCE_FAMILIES.flatMap((family) => {
  const spec = FAMILIES[family];
  const out: InstanceTypeSpec[] = [];
  for (let i = sizeIndex(spec.minSize), step = 0; i <= sizeIndex(spec.maxSize); i++, step++) {
    const size = INSTANCE_SIZES[i] as InstanceSize;
    out.push({
      name: `${family}.${size}`,
      family,
      size,
      priceMicrosPerHour: spec.basePriceMicrosPerHour * 2 ** step,
      capacityRps: spec.baseCapacityRps * 2 ** step,
    });
  }
  return out;
});

/** Every type's name, in ladder order (the level schema's and the commands' allowed values). */
export const INSTANCE_TYPE_NAMES: readonly string[] = INSTANCE_TYPES.map((t) => t.name);

const BY_NAME = new Map(INSTANCE_TYPES.map((t) => [t.name, t]));

export function instanceType(name: string): InstanceTypeSpec | undefined {
  return BY_NAME.get(name);
}

/** The next size up in the same family, or undefined at the ceiling. */
export function nextSizeUp(name: string): InstanceTypeSpec | undefined {
  const t = BY_NAME.get(name);
  if (!t) return undefined;
  return BY_NAME.get(`${t.family}.${INSTANCE_SIZES[sizeIndex(t.size) + 1] ?? ''}`);
}
