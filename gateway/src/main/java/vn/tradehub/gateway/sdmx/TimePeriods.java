package vn.tradehub.gateway.sdmx;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDMX time periods as date ranges: the observations' own (2020, 2020-12) and those a client may
 * compare them with in {@code c[TIME_PERIOD]} (a day, a quarter, a semester, a reporting month).
 * Comparing ranges, not strings, makes {@code le:2020} include 2020-12.
 */
public final class TimePeriods {
  /** A period's first and last day. */
  public record Range(LocalDate start, LocalDate end) {}

  private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-A1)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(?:M)?(\\d{2})");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PART = Pattern.compile("(\\d{4})-([SQ])(\\d)");

  private TimePeriods() {}

  /** The range of a period, or null when it is not one of the supported forms. */
  public static Range range(String period) {
    if (period == null) return null;
    try {
      Matcher m = YEAR.matcher(period);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        return new Range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      m = MONTH.matcher(period);
      if (m.matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new Range(ym.atDay(1), ym.atEndOfMonth());
      }
      if (DAY.matcher(period).matches()) {
        LocalDate d = LocalDate.parse(period);
        return new Range(d, d);
      }
      m = PART.matcher(period);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(3));
        int months = m.group(2).equals("S") ? 6 : 3;
        if (n < 1 || n > 12 / months) return null;
        YearMonth first = YearMonth.of(y, (n - 1) * months + 1);
        return new Range(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
      }
    } catch (java.time.DateTimeException e) {
      return null;
    }
    return null;
  }

  /** The range of an observation's own period, which is always valid. */
  public static Range of(String period) {
    Range r = range(period);
    if (r == null) throw new IllegalArgumentException("not a time period: " + period);
    return r;
  }
}
