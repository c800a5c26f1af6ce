package vn.tradehub.platform.figures;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/** Reporting periods: {@code YYYY-MM}, never in the future (Vietnam time, UTC+7). */
public final class Periods {
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** A month as the API writes it, for {@code @Pattern} on parameters and fields: YYYY-MM. */
  public static final String PATTERN = "^\\d{4}-(0[1-9]|1[0-2])$";

  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

  private Periods() {}

  /** Parses a period or answers 400 naming the field. */
  public static YearMonth parse(String field, String value) {
    if (value != null && FORMAT.matcher(value).matches()) {
      try {
        return YearMonth.parse(value);
      } catch (DateTimeParseException e) {
        // falls through to the problem below
      }
    }
    throw Problems.malformed(
        field + " must be a period YYYY-MM",
        List.of(FieldError.of(field, "expected a period YYYY-MM", value)));
  }

  public static boolean isFuture(YearMonth period, Clock clock) {
    return period.isAfter(YearMonth.now(clock.withZone(ZONE)));
  }
}
