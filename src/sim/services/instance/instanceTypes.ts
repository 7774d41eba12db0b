/**
 * The instance type ladder, as AWS sells it: every size a family offers, with its vCPUs and its
 * us-east-1 Linux on-demand list price in integer micro-dollars per hour (docs/model.md §5 gives each
 * figure's source). Within m5 and m7g the price is linear in vCPUs (m5 $0.048, m7g $0.0408 per vCPU-hour),
 * and so is capacity; the steps are not all doublings (8xlarge → 12xlarge is ×1.5, 16xlarge → 24xlarge ×1.5).
 * Capacity is the requests per second one instance serves at 100 % utilisation: a game constant
 * (no AWS source), 50 req/s per vCPU, so one m5.large serves 100 req/s.
 */
export const INSTANCE_SIZES = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge'] as const;
export type InstanceSize = (typeof INSTANCE_SIZES)[number];

export const INSTANCE_FAMILIES = ['t3', 'm5', 'm7g'] as const;
export type InstanceFamily = (typeof INSTANCE_FAMILIES)[number];

/** One size of a family: its vCPUs and how many of the family's smallest size it equals in price and capacity. */
interface SizeStep {
  size: InstanceSize;
  vcpus: number;
  units: number;
}

export interface FamilySpec {
  /** Every size offered, smallest first: the whole of the family's vertical-scaling ladder. */
  sizes: readonly SizeStep[];
  /** Price of one unit (the smallest size), µ$/h. */
  unitPriceMicrosPerHour: number;
  /** Capacity of one unit (the smallest size), req/s. */
  unitCapacityRps: number;
}

const step = (size: InstanceSize, vcpus: number, units: number): SizeStep => ({ size, vcpus, units });

/** m5 and m7g: large … 16xlarge (m5 goes on to 24xlarge), price and capacity per vCPU. */
const PER_VCPU: readonly SizeStep[] = [
  step('large', 2, 1),
  step('xlarge', 4, 2),
  step('2xlarge', 8, 4),
  step('4xlarge', 16, 8),
  step('8xlarge', 32, 16),
  step('12xlarge', 48, 24),
  step('16xlarge', 64, 32),
  step('24xlarge', 96, 48),
];

export const FAMILIES: Readonly<Record<InstanceFamily, FamilySpec>> = {
  // t3.nano $0.0052/h … t3.2xlarge $0.3328/h, each size twice the one below. t3 keeps 2 vCPUs up to
  // large (burstable: only memory and the CPU-credit baseline grow); the game doubles its capacity
  // with the price — docs/model.md notes the simplification.
  t3: {
    sizes: [step('nano', 2, 1), step('micro', 2, 2), step('small', 2, 4), step('medium', 2, 8), step('large', 2, 16), step('xlarge', 4, 32), step('2xlarge', 8, 64)],
    unitPriceMicrosPerHour: 5_200,
    unitCapacityRps: 3.125,
  },
  // m5.large $0.096/h … m5.24xlarge $4.608/h ($0.048 per vCPU-hour).
  m5: { sizes: PER_VCPU, unitPriceMicrosPerHour: 96_000, unitCapacityRps: 100 },
  // m7g.large $0.0816/h … m7g.16xlarge $2.6112/h ($0.0408 per vCPU-hour); no 24xlarge. Graviton
  // serves the same per vCPU in this model.
  m7g: { sizes: PER_VCPU.filter((s) => s.size !== '24xlarge'), unitPriceMicrosPerHour: 81_600, unitCapacityRps: 100 },
};

export interface InstanceTypeSpec {
  name: string;
  family: InstanceFamily;
  size: InstanceSize;
  vcpus: number;
  priceMicrosPerHour: number;
  capacityRps: number;
}

/** Every offered type, e.g. "m5.large", in ladder order. */
export const INSTANCE_TYPES: readonly InstanceTypeSpec[] = INSTANCE_FAMILIES.flatMap((family) => {
  const spec = FAMILIES[family];
  return spec.sizes.map((s) => ({
    name: `${family}.${s.size}`,
    family,
    size: s.size,
    vcpus: s.vcpus,
    priceMicrosPerHour: spec.unitPriceMicrosPerHour * s.units,
    capacityRps: spec.unitCapacityRps * s.units,
  }));
});

/** Every type's name, in ladder order (the level schema's and the commands' allowed values). */
export const INSTANCE_TYPE_NAMES: readonly string[] = INSTANCE_TYPES.map((t) => t.name);

const BY_NAME = new Map(INSTANCE_TYPES.map((t) => [t.name, t]));

export function instanceType(name: string): InstanceTypeSpec | undefined {
  return BY_NAME.get(name);
}

/** The next size up in the same family, or undefined at the family's largest size. */
export function nextSizeUp(name: string): InstanceTypeSpec | undefined {
  const t = BY_NAME.get(name);
  if (!t) return undefined;
  const ladder = INSTANCE_TYPES.filter((x) => x.family === t.family);
  return ladder[ladder.indexOf(t) + 1];
}
