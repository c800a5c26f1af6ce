package vn.tradehub.commerce.geo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.tradehub.commerce.config.CommerceConfig;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Composition;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.GeographyException;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Release;
import vn.tradehub.geography.Territory;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.Problems;

/**
 * Territories for the retail figures, on the geography library: which units hold reports in a month
 * (districts while the province has districts, communes after), which of them make up a territory
 * exactly, the default territory of a period, and the territories published as events.
 *
 * <p>Every answer is a pure function of the shipped lists, so it is memoised; the library is
 * immutable and the same in every replica.
 */
@ApplicationScoped
public class Territories {
  private final Geography geography;
  private final Territory home;
  private final Map<LocalDate, Level> levels = new ConcurrentHashMap<>();
  private final Map<Key, Expressed> expressed = new ConcurrentHashMap<>();
  private final Map<Key, Set<String>> codes = new ConcurrentHashMap<>();
  private final Map<YearMonth, List<AdminUnit>> published = new ConcurrentHashMap<>();
  private final List<AdminUnit> provinces;

  /** A territory's reporting units in a month, or why there are none that fit exactly. */
  private record Expressed(List<AdminUnit> units, String problem) {}

  private record Key(AdminUnit territory, LocalDate day) {}

  public Territories(Locations locations, CommerceConfig config) {
    this.geography = locations.geography();
    this.home = Territory.parse(config.homeTerritory());
    // Every province any release knows, before and after it: the candidates for publication.
    Set<AdminUnit> all = new TreeSet<>();
    for (Release r : geography.releases()) {
      all.addAll(geography.units(Level.PROVINCE, null, r.effective().minusDays(1)));
      all.addAll(geography.units(Level.PROVINCE, null, r.effective()));
    }
    this.provinces = List.copyOf(all);
  }

  public Geography geography() {
    return geography;
  }

  /**
   * The level retail reports are filed at on a date: districts while any district exists, communes
   * once districts are abolished (2025-07-01).
   */
  public Level reportLevel(LocalDate day) {
    return levels.computeIfAbsent(
        day,
        d -> geography.units(Level.DISTRICT, null, d).isEmpty() ? Level.COMMUNE : Level.DISTRICT);
  }

  public Level reportLevel(YearMonth month) {
    return reportLevel(month.atDay(1));
  }

  /**
   * The territory a request names ({@code Territory.parse} form), resolved for the month; without
   * one, the province of the month. 422 naming {@code field} when it is malformed or unknown.
   */
  public AdminUnit resolve(String field, String text, YearMonth month) {
    if (text == null || text.isBlank()) return province(month);
    Territory t;
    try {
      t = Territory.parse(text);
    } catch (IllegalArgumentException e) {
      throw Problems.validation(field, e.getMessage(), text);
    }
    try {
      return geography.resolve(t, month.atDay(1));
    } catch (GeographyException e) {
      throw Problems.validation(field, e.getMessage(), text);
    }
  }

  /**
   * The province of a month: the one that then holds the Department's home territory (configured:
   * Hà Giang, 02 until 2025-06-30; so 02 before the reform, the merged 08 after it).
   */
  public AdminUnit province(YearMonth month) {
    LocalDate day = month.atDay(1);
    AdminUnit h = geography.resolve(home, day);
    if (h.validOn(day) && h.level() == Level.PROVINCE) return h;
    AdminUnit any = geography.compose(h, day).cover().get(0);
    return provinceOf(any, day).orElseThrow();
  }

  private Optional<AdminUnit> provinceOf(AdminUnit unit, LocalDate day) {
    AdminUnit u = unit;
    while (u != null && u.level() != Level.PROVINCE) {
      u = u.parentCode() == null ? null : geography.unit(u.parentCode(), day).orElse(null);
    }
    return Optional.ofNullable(u);
  }

  /**
   * The units whose reports make up exactly {@code territory} in {@code month}, by code: its
   * districts until 2025-06, its communes from 2025-07 (the units of the month's first day).
   *
   * @throws Inexpressible when no set of such units has exactly its area
   */
  public List<AdminUnit> reportUnits(AdminUnit territory, YearMonth month) {
    Expressed e =
        expressed.computeIfAbsent(
            new Key(territory, month.atDay(1)), k -> express(k.territory(), k.day()));
    if (e.problem() != null) throw new Inexpressible(e.problem());
    return e.units();
  }

  /** The codes of {@link #reportUnits}. */
  public Set<String> reportCodes(AdminUnit territory, YearMonth month) {
    Key key = new Key(territory, month.atDay(1));
    Set<String> known = codes.get(key);
    if (known != null) return known;
    Set<String> c =
        reportUnits(territory, month).stream()
            .map(AdminUnit::code)
            .collect(Collectors.toCollection(TreeSet::new));
    codes.put(key, Collections.unmodifiableSet(c));
    return c;
  }

  private Expressed express(AdminUnit territory, LocalDate day) {
    String asked =
        territory.level().word() + " " + territory.label() + " (" + territory.validity() + ")";
    Composition c = geography.compose(territory, day);
    if (!c.exact()) {
      return new Expressed(
          null,
          asked
              + " cannot be expressed exactly by the units of "
              + YearMonth.from(day)
              + ": "
              + String.join("; ", c.reasons()));
    }
    List<AdminUnit> communes = c.cover();
    if (reportLevel(day) == Level.COMMUNE) return new Expressed(communes, null);
    // Figures are by district: the territory must be whole districts.
    Set<AdminUnit> inside = new HashSet<>(communes);
    Map<String, AdminUnit> districts = new LinkedHashMap<>();
    List<String> partial = new ArrayList<>();
    for (AdminUnit commune : communes) {
      AdminUnit district =
          commune.level() == Level.DISTRICT
              ? commune
              : geography
                  .parent(commune.code(), day)
                  .filter(p -> p.level() == Level.DISTRICT)
                  .orElse(null);
      if (district == null) {
        partial.add(commune.label());
        continue;
      }
      if (districts.containsKey(district.code())) continue;
      if (inside.containsAll(geography.lowestUnits(district.code(), day))) {
        districts.put(district.code(), district);
      } else {
        partial.add("district " + district.label());
      }
    }
    if (!partial.isEmpty()) {
      return new Expressed(
          null,
          asked
              + " is not whole districts in "
              + YearMonth.from(day)
              + ", when retail figures exist by district: it is only part of "
              + String.join(", ", new TreeSet<>(partial)));
    }
    List<AdminUnit> out = new ArrayList<>(districts.values());
    out.sort(Comparator.naturalOrder());
    return new Expressed(List.copyOf(out), null);
  }

  /**
   * The territories published on commerce.indicators.v1 for a month, by code then date: every
   * province valid in the month, and every former province that the month's units still express
   * exactly (from 2025-07, 02@2025-06-30 and 08@2025-06-30 in the new communes).
   */
  public List<AdminUnit> publishedTerritories(YearMonth month) {
    LocalDate day = month.atDay(1);
    List<AdminUnit> out = new ArrayList<>();
    for (AdminUnit p : provinces) {
      if (p.validOn(day)) out.add(p);
      else if (p.validTo() != null
          && p.validTo().isBefore(day)
          && geography.compose(p, day).exact()) out.add(p);
    }
    return out;
  }

  /** Notes on changes below commune level the territory crosses in that month (village moves). */
  public List<String> notes(AdminUnit territory, YearMonth month) {
    return geography.compose(territory, month.atDay(1)).notes();
  }

  /** The unit with this code that reports in {@code month}, if there is one of that level. */
  public Optional<AdminUnit> reportingUnit(String code, YearMonth month) {
    LocalDate day = month.atDay(1);
    return geography.unit(code, day).filter(u -> u.level() == reportLevel(day));
  }
}
