package vn.tradehub.industry.common;

/** Lengths of what clients send, checked by Bean Validation and published as maxLength. */
public final class Limits {
  /** A reference-data code: 2 to 40 capital letters, digits and '-'. */
  public static final int CODE = 40;

  /** A VSIC code: a section letter, a 2-digit division or a 4-digit class. */
  public static final int VSIC_CODE = 4;

  /** A tax code (MST): 10 digits, or 10 + '-' + 3 for a branch. */
  public static final int TAX_CODE = 14;

  /** A month, YYYY-MM. */
  public static final int PERIOD = 7;

  /** A date, YYYY-MM-DD. */
  public static final int DATE = 10;

  /** A district's name. */
  public static final int DISTRICT = 100;

  private Limits() {}
}
