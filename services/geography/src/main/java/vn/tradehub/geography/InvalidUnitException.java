package vn.tradehub.geography;

/** A unit code refused for a level and date; {@link #check()} holds the suggestions. */
public class InvalidUnitException extends GeographyException {
  private final UnitCheck check;

  public InvalidUnitException(UnitCheck check) {
    super(check.problem());
    this.check = check;
  }

  public UnitCheck check() {
    return check;
  }
}
