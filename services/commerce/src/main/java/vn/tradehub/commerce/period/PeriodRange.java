package vn.tradehub.commerce.period;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.figures.Periods;

/**
 * The {@code from} and {@code to} query parameters of the lists of monthly figures, both optional
 * and inclusive, declared once: {@code @Valid @BeanParam}, on a parameter named as {@link
 * PeriodPath} says.
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

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }
}
