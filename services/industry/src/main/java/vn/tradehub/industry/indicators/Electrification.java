package vn.tradehub.industry.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.tradehub.platform.context.Jdbc;

/** Border villages whose electricity meets the rural-development criterion, as of a date. */
public final class Electrification {
  private Electrification() {}

  public record Counts(String district, int border, int electrified) {
    /** electrified / border × 100, two decimals; null without border villages. */
    public BigDecimal sharePct() {
      return border == 0
          ? null
          : BigDecimal.valueOf(electrified)
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(border), 2, RoundingMode.HALF_UP);
    }
  }

  public static Counts counts(Jdbc jdbc, LocalDate asOf) {
    return jdbc.one(
        "select count(*), count(*) filter (where electrified_on <= ?) from village where border",
        r -> new Counts(null, r.getInt(1), r.getInt(2)),
        asOf);
  }

  public static List<Counts> byDistrict(Jdbc jdbc, LocalDate asOf) {
    return jdbc.query(
        "select district, count(*), count(*) filter (where electrified_on <= ?) from village"
            + " where border group by district order by district",
        r -> new Counts(r.getString(1), r.getInt(2), r.getInt(3)),
        asOf);
  }
}
