import type { DnsPolicy } from './spec';

export interface DnsSlice {
  dns: Dns;
}

export interface DnsEndpoint {
  id: string;
  regionId: string;
  targetKind: 'loadBalancer' | 'instance';
  targetId: string;
  role: 'primary' | 'secondary';
  weight: number;
  /** Route 53's view of the endpoint, and its consecutive failed/passed checks. */
  healthy: boolean;
  failStreak: number;
  okStreak: number;
}

export interface Dns {
  policy: DnsPolicy;
  ttlTicks: number;
  intervalTicks: number;
  failureThreshold: number;
  endpoints: DnsEndpoint[];
  /** What resolvers now answer, per endpoint, in per-mille. */
  answer: number[];
  /** What clients had cached when the answer last changed; caches expire linearly over the TTL. */
  previousAnswer: number[];
  answerChangedTick: number;
  /** Manual override (region.failOver): the answer is pinned to these per-mille weights. */
  pinned: number[] | null;
}
