package vn.tradehub.platform.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Year-on-year change, as the statistics office states it: (current / previous − 1) × 100. */
public final class Growth {
  private Growth() {}

  /** Change in percent with two decimals; null when there is no base to compare with. */
  public static BigDecimal percent(BigDecimal current, BigDecimal previous) {
    if (current == null || previous == null || previous.signum() == 0) return null;
    return current
        .subtract(previous)
        .multiply(BigDecimal.valueOf(100))
        .divide(previous, 2, RoundingMode.HALF_UP);
  }
}
