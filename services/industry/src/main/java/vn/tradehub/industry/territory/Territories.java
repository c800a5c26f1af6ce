package vn.tradehub.industry.territory;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Composition;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.GeographyException;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Succession;
import vn.tradehub.geography.Territory;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * The territory arithmetic of this service, on the geography library: which territory a request
 * means, and whether a figure kept for a unit lies in it on the figure's date.
 *
 * <p>A figure lies where its source was on its date (an enterprise's report in the unit of the
 * report's month, a village in the commune of the day asked). A territory is summed month by month
 * over the units of that month that lie wholly in it ({@link Geography#compose}): the merged
 * province in 2024 is the communes of the two former provinces, former Hà Giang in 2026 is 73 of
 * the 124 new communes. A unit that lies in it only in part (a district the territory cuts) makes
 * the figure impossible to place exactly: a 422 that says so, never an approximate sum.
 */
@ApplicationScoped
public class Territories {
  /** The day the merged province and its communes began (Resolution 202/2025/QH15). */
  public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** The longest territory parameter: CODE@YYYY-MM-DD. */
  public static final int PARAMETER_MAX = 16;

  private final Geography geography;
  private final Map<String, Set<String>> leaves = new ConcurrentHashMap<>();
  private final Map<String, Composition> compositions = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> covers = new ConcurrentHashMap<>();

  public Territories(Geography geography) {
    this.geography = geography;
  }

  public Geography geography() {
    return geography;
  }

  /** The province of a date when the client names no territory. */
  public AdminUnit home(LocalDate date) {
    return geography.resolve(Territory.of(date.isBefore(REFORM) ? "02" : "08"), date);
  }

  /**
   * The unit the {@code territory} parameter names for a period beginning on {@code date}: 400 for
   * a malformed value, 422 for a code no unit has (or none on a pinned date).
   */
  public AdminUnit resolve(String param, LocalDate date) {
    if (param == null || param.isBlank()) return home(date);
    Territory t;
    try {
      t = Territory.parse(param);
    } catch (IllegalArgumentException e) {
      throw Problems.malformed(
          e.getMessage(), List.of(FieldError.of("territory", Territory.FORM_DESCRIPTION, param)));
    }
    try {
      return geography.resolve(t, date);
    } catch (GeographyException e) {
      throw Problems.validation("territory", e.getMessage(), param);
    }
  }

  /** The territory, which must be a province (the IIP and its weights exist for provinces). */
  public AdminUnit requireProvince(AdminUnit unit, String param) {
    if (unit.level() != Level.PROVINCE) {
      throw Problems.validation(
          "territory",
          "the IIP exists for provinces only (its base-year weights are a province's): "
              + unit.level().word()
              + " "
              + unit.label()
              + " is not one; ask for 02, 08@2025-06-30 or 08",
          param);
    }
    return unit;
  }

  /** The province-level territories whose indicators are published for a month. */
  public List<AdminUnit> published(YearMonth month) {
    LocalDate first = month.atDay(1);
    AdminUnit merged = home(REFORM);
    List<AdminUnit> all = new ArrayList<>();
    all.add(merged);
    for (Succession s : geography.predecessors(merged))
      if (s.predecessor().level() == Level.PROVINCE) all.add(s.predecessor());
    return all.stream()
        .filter(u -> u.validFrom() == null || !u.validFrom().isAfter(first))
        .sorted(Comparator.comparing(u -> u.ref().toString()))
        .toList();
  }

  /** The territory's area in the units of {@code date}; 422 when no set of them is exactly it. */
  public Scope scope(AdminUnit territory, LocalDate date) {
    Composition c =
        compositions.computeIfAbsent(
            territory.ref() + "|" + epoch(date), k -> geography.compose(territory, date));
    if (!c.exact()) {
      throw new InexpressibleTerritory(geography.compose(territory, date).explain());
    }
    return new Scope(
        territory,
        date,
        covers.computeIfAbsent(
            territory.ref() + "|" + epoch(date),
            k -> Set.copyOf(c.units().stream().map(AdminUnit::code).toList())));
  }

  /**
   * The first day of the releases' period that {@code date} falls in: the units valid on a date,
   * and so every composition and every unit's communes, change only on a release's first day, so
   * they are computed once per period, not once per month (a composition across a release costs
   * milliseconds).
   */
  private LocalDate epoch(LocalDate date) {
    LocalDate e = LocalDate.MIN;
    for (var r : geography.releases()) if (!r.effective().isAfter(date)) e = r.effective();
    return e;
  }

  /** An ISO date parameter, or {@code otherwise} when absent; 400 when malformed. */
  public static LocalDate date(String field, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) return otherwise;
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw Problems.malformed(
          field + " must be an ISO 8601 date",
          List.of(FieldError.of(field, "expected an ISO 8601 date (YYYY-MM-DD)", text)));
    }
  }

  /** The unit with this code on that date, if any. */
  public Optional<AdminUnit> unit(String code, LocalDate date) {
    return geography.unit(code, date);
  }

  /** The communes that make up the unit on that date (the unit itself for a commune). */
  Set<String> lowest(String code, LocalDate date) {
    return leaves.computeIfAbsent(
        code + "|" + epoch(date),
        k -> {
          Set<String> out = new HashSet<>();
          geography.lowestUnits(code, date).forEach(u -> out.add(u.code()));
          return Set.copyOf(out);
        });
  }

  /** A territory on one date: which units' figures lie in it. */
  public final class Scope {
    private final AdminUnit territory;
    private final LocalDate date;
    private final Set<String> communes;

    Scope(AdminUnit territory, LocalDate date, Set<String> communes) {
      this.territory = territory;
      this.date = date;
      this.communes = communes;
    }

    public AdminUnit territory() {
      return territory;
    }

    public LocalDate date() {
      return date;
    }

    /**
     * Whether the figures of the unit with this code (valid on the scope's date) lie in the
     * territory: all its communes do, or none; a unit the territory cuts is a 422.
     */
    public boolean includes(String unitCode) {
      if (communes.contains(unitCode)) return true;
      Set<String> parts = lowest(unitCode, date);
      if (parts.isEmpty()) {
        throw new IllegalStateException("no unit " + unitCode + " on " + date);
      }
      int in = 0;
      for (String p : parts) if (communes.contains(p)) in++;
      if (in == 0) return false;
      if (in == parts.size()) return true;
      AdminUnit unit = geography.unit(unitCode, date).orElseThrow();
      throw new InexpressibleTerritory(
          "figures of "
              + date
              + " are kept for "
              + unit.level().word()
              + " "
              + unit.label()
              + " (where the source named only that unit), which "
              + territory.level().word()
              + " "
              + territory.label()
              + " ("
              + territory.validity()
              + ") contains only in part ("
              + in
              + " of its "
              + parts.size()
              + " communes): ask for a territory that contains it whole, such as "
              + unit.label());
    }
  }
}
