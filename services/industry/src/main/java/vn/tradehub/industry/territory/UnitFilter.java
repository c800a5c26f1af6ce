package vn.tradehub.industry.territory;

/** The texts and patterns of the {@code unit=} and {@code asOf=} filters of the located lists. */
public final class UnitFilter {
  public static final String UNIT =
      "Only the entries located within this unit (a province, district or commune code) on"
          + " `asOf`: in it or in a unit inside it";
  public static final String AS_OF = "The date `unit` applies to, ISO 8601 (default today)";
  public static final String UNIT_PATTERN = "^\\d{2}(\\d|\\d{3})?$";
  public static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

  private UnitFilter() {}
}
