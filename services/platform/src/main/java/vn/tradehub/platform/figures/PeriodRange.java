package vn.tradehub.platform.figures;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code from} and {@code to} query parameters of the lists of monthly figures, both optional
 * and inclusive, declared once: {@code @Valid @BeanParam PeriodRange range}.
 */
public class PeriodRange {
  @Parameter(description = "First month, YYYY-MM, inclusive", example = "2021-01")
  @QueryParam("from")
  @Size(max = 7)
  @Pattern(regexp = Periods.PATTERN)
  String from;

  @Parameter(description = "Last month, YYYY-MM, inclusive", example = "2021-12")
  @QueryParam("to")
  @Size(max = 7)
  @Pattern(regexp = Periods.PATTERN)
  String to;

  /** The first month asked, or null when {@code from} is absent. */
  public YearMonth first() {
    return month("from", from);
  }

  /** The last month asked, or null when {@code to} is absent. */
  public YearMonth last() {
    return month("to", to);
  }

  private static YearMonth month(String field, String text) {
    return text == null || text.isBlank() ? null : Periods.parse(field, text);
  }
}
