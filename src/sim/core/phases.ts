/**
 * The written order of one tick. Each kind declares its systems with a phase (services/<kind>/index.ts);
 * step() runs the phases in this order and, within a phase, the kinds in registry order unless a
 * system says it must come after another. Why each phase sits where it does:
 */
export const PHASES = [
  /** The player's intent acts first: a launch issued now starts booting this tick (step.ts applies commands). */
  'commands',
  /** Before lifecycles and routing: no traffic reaches a zone that failed this tick. */
  'faults',
  /** Boots, stops and recoveries finish before health is judged. */
  'lifecycles',
  /** DR steps react to the databases and instances as they now are. */
  'recovery',
  /** Reads last tick's metrics and this tick's health; its launches start now. */
  'scaling',
  /** Load balancer probes see the fleet after this tick's changes. */
  'targetHealth',
  /** After target health: alias records evaluate target health. */
  'dnsHealth',
  /** Sends demand along the request path as the checks left it. */
  'route',
  /** What the traffic of this tick leaves behind: sessions held, the writes in this tick's log upload. */
  'record',
  /** Bills the second for what existed and what was transferred. */
  'bill',
  /** Scores the traffic of this tick. */
  'measure',
  /** Last: nothing else this tick refers to what it removes. */
  'cleanup',
] as const;
export type Phase = (typeof PHASES)[number];
