package vn.tradehub.industry.report;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.figures.PeriodPath;

/** The path of one production report, {@code /{taxCode}/{period}}: {@code @Valid @BeanParam}. */
public class ReportKey extends PeriodPath {
  @Parameter(description = "MST: 10 digits, or 10 + '-' + 3 for a branch", example = "5100100016")
  @PathParam("taxCode")
  @Size(max = 14)
  @Pattern(regexp = ReportResource.TAX_CODE)
  String taxCode;

  public String taxCode() {
    return taxCode;
  }
}
