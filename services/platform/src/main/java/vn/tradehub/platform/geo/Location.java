package vn.tradehub.platform.geo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where something located (an enterprise, a cluster, a village, a border gate) lay during a period:
 * an administrative unit's code, valid on every day from {@code validFrom} (null: since before the
 * lists begin) to {@code validTo} (null: still). A located entity keeps a list of them, so a figure
 * is placed where its source was on the figure's date.
 */
@Embeddable
public class Location {
  @Column(name = "unit_code")
  public String unitCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  public boolean covers(LocalDate date) {
    return (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  public static Location of(String unitCode, LocalDate validFrom, LocalDate validTo) {
    Location l = new Location();
    l.unitCode = unitCode;
    l.validFrom = validFrom;
    l.validTo = validTo;
    return l;
  }

  private static final Comparator<Location> ORDER =
      Comparator.comparing(
          (Location l) -> l.validFrom, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** A history oldest first (a new list of the same periods). */
  public static List<Location> sorted(List<Location> history) {
    List<Location> out = new ArrayList<>(history);
    out.sort(ORDER);
    return out;
  }

  /** Whether two histories have the same periods in the same units. */
  public static boolean same(List<Location> a, List<Location> b) {
    return key(sorted(a)).equals(key(sorted(b)));
  }

  /**
   * Replaces an entity's history in place, and only when it differs: Hibernate raises the owner's
   * version for a changed collection, not for one replaced by another list, and an equal request
   * must change nothing.
   */
  public static void replace(List<Location> target, List<Location> history) {
    if (same(target, history)) return;
    target.clear();
    // Copies: an entity's collection is replaced, never shared with the request's history.
    for (Location l : sorted(history)) target.add(of(l.unitCode, l.validFrom, l.validTo));
  }

  private static List<List<Object>> key(List<Location> history) {
    return history.stream()
        .map(l -> Arrays.<Object>asList(l.unitCode, l.validFrom, l.validTo))
        .toList();
  }
}
