import { describe, expect, it } from 'vitest';
import { INSTANCE_TYPES, instanceType, nextSizeUp } from '../../../src/sim';

const ladder = (family: string) => INSTANCE_TYPES.filter((t) => t.family === family);

describe('the instance type ladder is the one AWS sells', () => {
  it('m5 runs large … 24xlarge, at $0.048 per vCPU-hour, with capacity per vCPU', () => {
    const m5 = ladder('m5');
    expect(m5.map((t) => t.size)).toEqual(['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge', '24xlarge']);
    expect(m5.map((t) => t.vcpus)).toEqual([2, 4, 8, 16, 32, 48, 64, 96]);
    expect(m5.map((t) => t.priceMicrosPerHour)).toEqual([96_000, 192_000, 384_000, 768_000, 1_536_000, 2_304_000, 3_072_000, 4_608_000]);
    // 50 req/s per vCPU: the 12xlarge and 24xlarge steps are ×1.5, not doublings.
    expect(m5.map((t) => t.capacityRps)).toEqual([100, 200, 400, 800, 1600, 2400, 3200, 4800]);
  });

  it('m7g runs large … 16xlarge, at $0.0408 per vCPU-hour', () => {
    const m7g = ladder('m7g');
    expect(m7g.map((t) => t.size)).toEqual(['large', 'xlarge', '2xlarge', '4xlarge', '8xlarge', '12xlarge', '16xlarge']);
    expect(m7g.map((t) => t.priceMicrosPerHour)).toEqual([81_600, 163_200, 326_400, 652_800, 1_305_600, 1_958_400, 2_611_200]);
    expect(instanceType('m7g.24xlarge')).toBeUndefined();
  });

  it('t3 runs nano … 2xlarge at the list prices', () => {
    expect(ladder('t3').map((t) => [t.name, t.priceMicrosPerHour, t.vcpus])).toEqual([
      ['t3.nano', 5_200, 2],
      ['t3.micro', 10_400, 2],
      ['t3.small', 20_800, 2],
      ['t3.medium', 41_600, 2],
      ['t3.large', 83_200, 2],
      ['t3.xlarge', 166_400, 4],
      ['t3.2xlarge', 332_800, 8],
    ]);
  });

  it('every price is whole micro-dollars, and one size up is the next size the family sells', () => {
    for (const t of INSTANCE_TYPES) expect(Number.isInteger(t.priceMicrosPerHour)).toBe(true);
    expect(nextSizeUp('m5.8xlarge')?.name).toBe('m5.12xlarge');
    expect(nextSizeUp('m5.24xlarge')).toBeUndefined();
    expect(nextSizeUp('m7g.16xlarge')).toBeUndefined();
    expect(nextSizeUp('t3.2xlarge')).toBeUndefined();
  });
});
