package vn.tradehub.platform.codelist;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A condition on the entries of a code list, in JPQL on the alias {@code e}, with its named
 * parameters: what a list's query parameters narrow it to ({@link EntityCodeList#page}).
 */
public record Filter(String where, Map<String, Object> parameters) {
  public static final Filter ALL = new Filter("1 = 1", Map.of());

  /** {@code e.<attribute> = value}, or every entry when the value is null (not asked). */
  public static Filter equal(String attribute, Object value) {
    return value == null
        ? ALL
        : new Filter("e." + attribute + " = :" + attribute, Map.of(attribute, value));
  }

  /**
   * Entries located on {@code day} in one of {@code units} (every entry when null): their dated
   * {@code locations} (a collection of {@link vn.tradehub.platform.geo.Location}) have a period
   * covering the day in one of them.
   */
  public static Filter locatedIn(Set<String> units, LocalDate day) {
    return units == null
        ? ALL
        : new Filter(
            "exists (select 1 from e.locations l where l.unitCode in :units"
                + " and (l.validFrom is null or l.validFrom <= :asOf)"
                + " and (l.validTo is null or l.validTo >= :asOf))",
            Map.of("units", units, "asOf", day));
  }

  /** Both conditions. */
  public Filter and(Filter other) {
    if (this == ALL) return other;
    if (other == ALL) return this;
    Map<String, Object> both = new HashMap<>(parameters);
    both.putAll(other.parameters);
    return new Filter("(" + where + ") and (" + other.where + ")", both);
  }
}
