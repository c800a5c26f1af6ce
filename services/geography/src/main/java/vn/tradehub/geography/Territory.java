package vn.tradehub.geography;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to the area of one unit, in the textual form clients send: {@code CODE} or {@code
 * CODE@YYYY-MM-DD}.
 *
 * <ul>
 *   <li>{@code 08@2025-06-30}: the unit with code 08 valid on that date (the former Tuyên Quang);
 *       the date pins the unit, whatever period is asked.
 *   <li>{@code 08}: the unit with code 08 valid on the asked date; if none is, the latest one that
 *       ended before it ({@code 02} asked for 2026 is the former Hà Giang); if none did, the first
 *       one that starts after it.
 * </ul>
 *
 * @param code a unit code: 2 digits (province), 3 (district) or 5 (commune)
 * @param at the date that pins the unit, or null to take the unit of the asked date
 */
public record Territory(String code, LocalDate at) {

  private static final Pattern CODE = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");
  private static final Pattern FORM =
      Pattern.compile("(\\d{2}|\\d{3}|\\d{5})(?:@(\\d{4}-\\d{2}-\\d{2}))?");

  /** How the form is explained to clients that send a wrong one. */
  public static final String FORM_DESCRIPTION =
      "a unit code (2, 3 or 5 digits), optionally followed by @ and the ISO date on which the"
          + " unit is meant: 08, 02, 00691, 08@2025-06-30";

  public Territory {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a unit code: '" + code + "'");
    }
  }

  public static Territory of(String code) {
    return new Territory(code, null);
  }

  public static Territory of(String code, LocalDate at) {
    return new Territory(code, Objects.requireNonNull(at, "at"));
  }

  /**
   * Parses the textual form.
   *
   * @throws IllegalArgumentException naming the expected form
   */
  public static Territory parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "territory must be " + FORM_DESCRIPTION + "; got '" + text + "'");
    }
    if (m.group(2) == null) {
      return of(m.group(1));
    }
    try {
      return of(m.group(1), LocalDate.parse(m.group(2)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "territory must be " + FORM_DESCRIPTION + "; '" + m.group(2) + "' is not a date", e);
    }
  }

  /** The textual form, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return at == null ? code : code + "@" + at;
  }
}
