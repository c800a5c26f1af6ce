package vn.tradehub.commerce.period;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.figures.Periods;

/**
 * The {@code {period}} path parameter of the monthly figures (CPI, retail reports), declared once:
 * {@code @Valid @BeanParam}. Its bounds are checked by {@code @Valid} with the operation's other
 * parameters and body, so one answer names every broken rule.
 *
 * <p>Name the parameter {@code ...Request} (as this package's {@link PeriodRange}): the platform's
 * ProblemMappers then names a broken rule by the field as the client sends it ({@code period}), as
 * it does for a request body, where any other name would prefix it ({@code key.period}).
 */
public class PeriodPath {
  @Parameter(description = "YYYY-MM", example = "2021-03")
  @PathParam("period")
  @Size(max = 7)
  @Pattern(regexp = Periods.PATTERN)
  String period;

  public String period() {
    return period;
  }
}
