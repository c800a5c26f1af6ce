package vn.tradehub.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The area of a territory expressed by the units of one date.
 *
 * <p>When {@code exact}, {@code cover} is exactly the territory's area, at the lowest level of that
 * date. When not, no set of units of that date has exactly its area (a former commune split between
 * new ones, a new unit that also takes in land from outside): {@code cover} is then the smallest
 * set of units that contains it and {@code reasons} says why it is not equal. {@link #units()}
 * refuses to answer in that case, so that nothing is summed over an approximate area by accident.
 *
 * @param territory the unit whose area is asked
 * @param date the date whose units express it
 * @param cover lowest-level units valid on {@code date}, sorted by code
 * @param compact the same area in the fewest units of that date (whole provinces or districts
 *     instead of their communes), by level then code; for summing figures kept at a higher level
 * @param reasons why it is not exact; empty when exact
 * @param notes what the lists cannot account for below commune level (a village moved between
 *     communes), reported whenever it touches the answer; it does not make the answer inexact
 */
public record Composition(
    AdminUnit territory,
    LocalDate date,
    boolean exact,
    List<AdminUnit> cover,
    List<AdminUnit> compact,
    List<String> reasons,
    List<String> notes) {

  public Composition {
    cover = List.copyOf(cover);
    compact = List.copyOf(compact);
    reasons = List.copyOf(reasons);
    notes = List.copyOf(notes);
  }

  /**
   * The units that make up exactly the territory on {@code date}.
   *
   * @throws NotExpressibleException when the territory cannot be expressed exactly on that date
   */
  public List<AdminUnit> units() {
    if (!exact) {
      throw new NotExpressibleException(this);
    }
    return cover;
  }

  /** The codes of {@link #cover()}. */
  public List<String> codes() {
    return cover.stream().map(AdminUnit::code).toList();
  }

  /** One sentence: what was asked and, when inexact, why. */
  public String explain() {
    String asked =
        territory.level().word()
            + " "
            + territory.label()
            + " ("
            + territory.validity()
            + ") on "
            + date;
    if (exact) {
      return asked + " is exactly " + cover.size() + " units";
    }
    return asked
        + " cannot be expressed exactly by the units of that date: "
        + reasons.stream().collect(Collectors.joining("; "));
  }
}
