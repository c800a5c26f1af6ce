package vn.tradehub.industry.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;

/**
 * Border villages whose electricity meets the rural-development criterion, as of a date, in a
 * territory: each village counted in the commune it lay in on that date.
 */
@ApplicationScoped
public class Electrification {
  private final Jdbc jdbc;
  private final Territories territories;

  public Electrification(Jdbc jdbc, Territories territories) {
    this.jdbc = jdbc;
    this.territories = territories;
  }

  /** A border village with its location history. */
  public record BorderVillage(String code, LocalDate electrifiedOn, List<Location> history) {}

  /** Border villages and electrified ones; {@code unitCode} null for a territory's total. */
  public record Counts(String unitCode, int border, int electrified) {
    /** electrified / border × 100, two decimals; null without border villages. */
    public BigDecimal sharePct() {
      return border == 0
          ? null
          : BigDecimal.valueOf(electrified)
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(border), 2, RoundingMode.HALF_UP);
    }
  }

  /** A territory's counts on a date: the total and the units the villages lay in, by code. */
  public record Result(Counts total, List<Counts> byUnit) {}

  /** Every border village with its locations, read once for many dates. */
  public List<BorderVillage> borderVillages() {
    Map<String, BorderVillage> out = new LinkedHashMap<>();
    jdbc.query(
        "select v.code, v.electrified_on, l.unit_code, l.valid_from, l.valid_to from village v"
            + " left join village_location l on l.village_code = v.code where v.border"
            + " order by v.code",
        r -> {
          String code = r.getString(1);
          LocalDate electrifiedOn = r.getObject(2, LocalDate.class);
          BorderVillage v =
              out.computeIfAbsent(
                  code, c -> new BorderVillage(c, electrifiedOn, new ArrayList<>()));
          if (r.getString(3) != null)
            v.history()
                .add(
                    Location.of(
                        r.getString(3),
                        r.getObject(4, LocalDate.class),
                        r.getObject(5, LocalDate.class)));
          return null;
        });
    return List.copyOf(out.values());
  }

  /** The counts of the territory on {@code date}. */
  public Result count(AdminUnit territory, LocalDate date, List<BorderVillage> villages) {
    Territories.Scope scope = territories.scope(territory, date);
    Map<String, int[]> byUnit = new TreeMap<>();
    int border = 0;
    int electrified = 0;
    for (BorderVillage v : villages) {
      String unit = Locations.at(v.history(), date).orElse(null);
      if (unit == null || !scope.includes(unit)) continue;
      boolean on = v.electrifiedOn() != null && !v.electrifiedOn().isAfter(date);
      int[] c = byUnit.computeIfAbsent(unit, k -> new int[2]);
      c[0]++;
      border++;
      if (on) {
        c[1]++;
        electrified++;
      }
    }
    List<Counts> units = new ArrayList<>();
    byUnit.forEach((u, c) -> units.add(new Counts(u, c[0], c[1])));
    return new Result(new Counts(null, border, electrified), units);
  }
}
