package vn.tradehub.industry.vsic;

/** The levels of VSIC 2018 this service keeps: section (letter), division (2 digits), class (4). */
public enum VsicLevel {
  SECTION,
  DIVISION,
  CLASS;

  /** The level a code's shape names, or null when it is no VSIC code this service keeps. */
  /** The longest code: a class, 4 digits. */
  public static final int CODE_MAX = 4;

  public static VsicLevel ofCode(String code) {
    if (code == null) return null;
    if (code.matches("[A-Z]")) return SECTION;
    if (code.matches("\\d{2}")) return DIVISION;
    if (code.matches("\\d{4}")) return CLASS;
    return null;
  }
}
