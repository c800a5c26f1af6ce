package vn.tradehub.commerce.web;

import java.util.regex.Pattern;
import vn.tradehub.platform.problem.Problems;

/** Codes of reference entries and markets: upper-case letters, digits and underscores. */
public final class Codes {
  public static final String PATTERN = "^[A-Z][A-Z0-9_]{1,39}$";

  /** Longest code (districts, categories, sectors, markets): 40 characters. */
  public static final int MAX = 40;

  /** A period YYYY-MM. */
  public static final int PERIOD_MAX = 7;

  private static final Pattern CODE = Pattern.compile(PATTERN);

  private Codes() {}

  public static String require(String field, String code) {
    if (code == null || !CODE.matcher(code).matches()) {
      throw Problems.validation(field, "must match " + PATTERN + " (e.g. MEO_VAC)", code);
    }
    return code;
  }
}
