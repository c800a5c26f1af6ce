package vn.tradehub.platform.figures;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code {period}} path parameter of monthly figures, declared once: {@code @Valid @BeanParam
 * PeriodPath path}. Its bounds are checked by {@code @Valid} with the operation's other parameters
 * and body, so one answer names every broken rule, each by the parameter's own name.
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
