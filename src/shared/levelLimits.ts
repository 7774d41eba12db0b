/**
 * How big a level may be. A level can come from anyone (a file, a link), so these keep a hostile or
 * broken one from hanging or exhausting the game; real levels stay far below every one of them.
 */
export const LEVEL_LIMITS = {
  /** Checked on the text, before JSON.parse. */
  fileBytes: 1024 * 1024,
  /** Objects and arrays inside one another; the real format needs 6. */
  depth: 20,
  /** Values of any kind in the whole document (a 1 MB file holds at most about half a million). */
  values: 1_000_000,
  /** Problems reported in full; the rest are counted in one last entry. */
  problems: 100,
  /** Longest field name reported by name; longer ones are reported at their parent. */
  keyLength: 200,
  stringLength: 200,
  idLength: 64,
  proseLength: 4000,
  regions: 6,
  zonesPerRegion: 6,
  instances: 500,
  /**
   * Instances one run may hold at once: the level's instances plus its Auto Scaling group maximums,
   * and the same cap on commands during the run (src/sim/services/instance/instanceQuota.ts).
   */
  instancesAtOnce: 500,
  loadBalancers: 20,
  scalingGroups: 20,
  scalingGroupMax: 500,
  databases: 10,
  /** topology.calls: one per front and component called (20 load balancers × 10 databases when it was set). */
  calls: 200,
  scheduledFaults: 500,
  randomFaults: 50,
  curves: 20,
  /** 30 days, in seconds. */
  durationSeconds: 30 * 24 * 3600,
  /**
   * Work-seconds one run may take (src/levels/meaning/checkWork.ts): about 3 s of simulation on the
   * reference 2-core machine, so a CLI run stays under 10 s even on one 3× slower. The campaign's
   * heaviest level needs about a third of it. Authors can raise it on the command line (--max-seconds).
   */
  workSeconds: 400_000,
} as const;

/** AWS: "every public Region has at least three AZs" (DOMAIN.md §3.1). */
export const MIN_ZONES_PER_REGION = 3;
