package vn.tradehub.gateway.plans;

/** How a yearly target is stated. */
public enum TargetKind {
  /**
   * A growth against the previous year, in %: progress is change − target, in percentage points.
   */
  GROWTH_PCT,
  /** A level to reach (e.g. 270 million USD, 85 %): progress is value / target × 100. */
  ABSOLUTE
}
