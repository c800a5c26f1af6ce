package vn.tradehub.gateway.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Composition;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.NotExpressibleException;
import vn.tradehub.geography.Territory;

/**
 * A territory in the units of one month: which units' figures add up to it (and only to it), and
 * the same territory in the units of the same month a year earlier. Built on the geography library,
 * which refuses to express a territory approximately.
 */
final class TerritoryFigures {
  private final Geography geography;
  private final AdminUnit territory;

  TerritoryFigures(Geography geography, AdminUnit territory) {
    this.geography = geography;
    this.territory = territory;
  }

  /** The communes that make up the territory at the end of {@code month}; empty if it cannot. */
  Set<String> communes(YearMonth month) {
    return codes(geography.compose(territory, month.atEndOfMonth()));
  }

  /** The same territory, a year before {@code month}, in the communes of that earlier month. */
  Set<String> communesYearBefore(YearMonth month) {
    return codes(geography.comparableBase(territory.ref(), month));
  }

  private static Set<String> codes(Composition c) {
    try {
      return c.units().stream().map(AdminUnit::code).collect(Collectors.toSet());
    } catch (NotExpressibleException e) {
      return Set.of();
    }
  }

  /**
   * Whether a unit's figure, dated in {@code month}, lies in the given communes: a commune by
   * itself, a district or province when all its communes do. A unit partly inside (a district's
   * figure asked for one of its communes) is not: such a figure does not exist at that level.
   */
  boolean inside(String unitCode, YearMonth month, Set<String> communes) {
    LocalDate date = month.atEndOfMonth();
    List<AdminUnit> lowest = geography.lowestUnits(unitCode, date);
    return !lowest.isEmpty() && lowest.stream().allMatch(u -> communes.contains(u.code()));
  }

  /** The province-level territories valid in {@code month}: their rows hold every unit's figure. */
  boolean isProvinceOf(String pinnedTerritory, YearMonth month) {
    AdminUnit unit = geography.resolve(Territory.parse(pinnedTerritory), month.atEndOfMonth());
    return unit.validOn(month.atEndOfMonth()) && unit.parentCode() == null;
  }

  /** The sum of {@code field} over a row's {@code byUnit} entries that lie in the communes. */
  BigDecimal sumByUnit(JsonNode payload, String field, YearMonth month, Set<String> communes) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode entry : payload.path("byUnit")) {
      JsonNode value = entry.get(field);
      if (value == null || value.isNull()) continue;
      if (inside(entry.path("unitCode").asText(), month, communes))
        total = total.add(new BigDecimal(value.asText()));
    }
    return total;
  }

  AdminUnit territory() {
    return territory;
  }
}
