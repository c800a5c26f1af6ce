package vn.tradehub.bordertrade.turnover;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Composition;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.GeographyException;
import vn.tradehub.geography.NotExpressibleException;
import vn.tradehub.geography.Release;
import vn.tradehub.geography.Territory;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.Problems;

/**
 * Territories of the turnover answers: which unit a request means, and which communes make it up in
 * each month, exactly (the rollup keeps every line in the commune its gate lay in that day).
 *
 * <p>A month is composed on its first day: the lists change on the first of a month (2025-07-01).
 * Compositions are kept per unit and release period, since they change only when a release takes
 * effect (composing the merged province in 2024 units takes tens of milliseconds).
 */
@ApplicationScoped
public class Territories {
  /** The day the merged province 08 began. */
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** Months in a row whose units are the same, as the rollup is filtered by them. */
  public record Segment(YearMonth from, YearMonth to, List<String> codes) {}

  private final Geography geography;
  private final Map<String, Composition> compositions = new ConcurrentHashMap<>();

  public Territories(Locations locations) {
    this.geography = locations.geography();
  }

  /**
   * The unit {@code param} names for a period ending on {@code day} (the textual form of {@link
   * Territory#parse}); without one, the province the Department reported for on that day: Hà Giang
   * (02) before the reform, the merged Tuyên Quang (08) from it. 422 when it names none.
   */
  public AdminUnit resolve(String param, LocalDate day) {
    Territory t;
    if (param == null || param.isBlank()) {
      t = Territory.of(day.isBefore(REFORM) ? "02" : "08");
    } else {
      try {
        t = Territory.parse(param);
      } catch (IllegalArgumentException e) {
        throw Problems.validation("territory", e.getMessage(), param);
      }
    }
    try {
      return geography.resolve(t, day);
    } catch (GeographyException e) {
      throw Problems.validation("territory", e.getMessage(), param);
    }
  }

  /**
   * The communes that make up {@code territory} exactly in each month of [from, to], in runs of
   * months with the same communes; 422 saying why when the territory cannot be expressed exactly by
   * the communes of a month (a district whose land went partly into communes outside it).
   */
  public List<Segment> segments(AdminUnit territory, YearMonth from, YearMonth to, String asked) {
    List<Segment> out = new ArrayList<>();
    YearMonth start = from;
    List<String> codes = codes(territory, from, asked);
    for (YearMonth m = from.plusMonths(1); !m.isAfter(to); m = m.plusMonths(1)) {
      List<String> next = codes(territory, m, asked);
      if (!next.equals(codes)) {
        out.add(new Segment(start, m.minusMonths(1), codes));
        start = m;
        codes = next;
      }
    }
    out.add(new Segment(start, to, codes));
    return out;
  }

  /** What the lists cannot account for below commune level, where it touches these months. */
  public List<String> notes(AdminUnit territory, YearMonth from, YearMonth to) {
    Set<String> notes = new LinkedHashSet<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1))
      notes.addAll(composition(territory, m).notes());
    return List.copyOf(notes);
  }

  /** The exact communes of {@code territory} in {@code month}. */
  public List<String> codes(AdminUnit territory, YearMonth month, String asked) {
    Composition c = composition(territory, month);
    try {
      return c.units().stream().map(AdminUnit::code).toList();
    } catch (NotExpressibleException e) {
      throw Problems.validation(
          "territory",
          c.explain()
              + "; border trade is kept by commune, so no exact sum exists for "
              + month
              + " (ask for its communes, or a province)",
          asked);
    }
  }

  /**
   * Whether {@code territory} can be expressed exactly by the communes of {@code month}, without
   * asking: for comparisons of one commune, which may simply have no exact base.
   */
  public boolean exact(AdminUnit territory, YearMonth month) {
    return composition(territory, month).exact();
  }

  private Composition composition(AdminUnit territory, YearMonth month) {
    LocalDate day = month.atDay(1);
    // The same units hold from one release to the next: one composition per release period.
    return compositions.computeIfAbsent(
        territory.ref() + "|" + period(day), k -> geography.compose(territory, day));
  }

  private String period(LocalDate day) {
    LocalDate last = null;
    for (Release r : geography.releases()) if (!r.effective().isAfter(day)) last = r.effective();
    return last == null ? "before" : last.toString();
  }
}
