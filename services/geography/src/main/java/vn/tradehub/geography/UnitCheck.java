package vn.tradehub.geography;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "may a figure dated {@code date} refer to {@code level} {@code code}?".
 *
 * @param unit the unit the code names on that date (also when it is of another level), or null
 * @param problem why it is refused, in a sentence naming the units to use instead; null if valid
 * @param suggestions the units to use instead, valid on the date; empty if valid
 */
public record UnitCheck(
    String code,
    Level level,
    LocalDate date,
    AdminUnit unit,
    String problem,
    List<AdminUnit> suggestions) {

  public UnitCheck {
    suggestions = List.copyOf(suggestions);
  }

  static UnitCheck valid(AdminUnit unit, LocalDate date) {
    return new UnitCheck(unit.code(), unit.level(), date, unit, null, List.of());
  }

  public boolean valid() {
    return problem == null;
  }

  /** The unit if valid, else an {@link InvalidUnitException} with the explanation. */
  public AdminUnit orElseThrow() {
    if (!valid()) {
      throw new InvalidUnitException(this);
    }
    return unit;
  }
}
