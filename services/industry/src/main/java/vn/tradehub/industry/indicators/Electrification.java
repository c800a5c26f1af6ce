package vn.tradehub.industry.indicators;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

  public static Counts counts(EntityManager em, LocalDate asOf) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "select count(*), count(*) filter (where electrified_on <= ?1) from village where border")
                .setParameter(1, asOf)
                .getSingleResult();
    return new Counts(null, ((Number) r[0]).intValue(), ((Number) r[1]).intValue());
  }

  public static List<Counts> byDistrict(EntityManager em, LocalDate asOf) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select district, count(*), count(*) filter (where electrified_on <= ?1) from village where border"
                    + " group by district order by district")
            .setParameter(1, asOf)
            .getResultList();
    List<Counts> out = new ArrayList<>();
    for (Object[] r : rows)
      out.add(new Counts((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
    return out;
  }
}
