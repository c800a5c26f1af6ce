package vn.tradehub.industry.territory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.geo.Location;

/** Location histories as this service keeps them. */
public final class Histories {
  /**
   * Enterprises and clusters lie in a commune; before the reform a district is accepted where the
   * source names only that (the free text the histories were migrated from named districts).
   */
  public static final Set<Level> ENTERPRISE_LEVELS =
      Collections.unmodifiableSet(new LinkedHashSet<>(List.of(Level.COMMUNE, Level.DISTRICT)));

  /** Villages lie in a commune. */
  public static final Set<Level> VILLAGE_LEVELS = Set.of(Level.COMMUNE);

  private Histories() {}

  /**
   * The unit a monthly figure of the owner is placed in: where it lay on the first day of the
   * month, or, for an owner located only later in that month, where it lay first in it.
   */
  public static Optional<String> inMonth(List<Location> history, YearMonth month) {
    LocalDate first = month.atDay(1);
    LocalDate last = month.atEndOfMonth();
    return Location.sorted(history).stream()
        .filter(
            l ->
                (l.validTo == null || !l.validTo.isBefore(first))
                    && (l.validFrom == null || !l.validFrom.isAfter(last)))
        .map(l -> l.unitCode)
        .findFirst();
  }

  /**
   * The first day on which two histories place their owner differently, or null when they never do;
   * {@link LocalDate#MIN} when they differ from the open past.
   */
  public static LocalDate firstDifference(List<Location> a, List<Location> b) {
    List<LocalDate> edges = new ArrayList<>();
    edges.add(LocalDate.MIN);
    for (List<Location> h : List.of(a, b))
      for (Location l : h) {
        if (l.validFrom != null) edges.add(l.validFrom);
        if (l.validTo != null) edges.add(l.validTo.plusDays(1));
      }
    edges.sort(Comparator.naturalOrder());
    for (LocalDate d : edges) {
      LocalDate on = d.equals(LocalDate.MIN) ? LocalDate.of(1900, 1, 1) : d;
      if (!at(a, on).equals(at(b, on))) return d;
    }
    return null;
  }

  private static Optional<String> at(List<Location> h, LocalDate d) {
    return h.stream().filter(l -> l.covers(d)).map(l -> l.unitCode).findFirst();
  }
}
