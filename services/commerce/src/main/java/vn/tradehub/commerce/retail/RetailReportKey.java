package vn.tradehub.commerce.retail;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.figures.PeriodPath;

/** The path of one report, {@code /{unitCode}/{period}}: {@code @Valid @BeanParam}. */
public class RetailReportKey extends PeriodPath {
  @Parameter(
      description =
          "Official code of the reporting unit: a district (3 digits) until 2025-06, a"
              + " commune or ward (5 digits) from 2025-07",
      example = "027")
  @PathParam("unitCode")
  @Size(max = 5)
  @Pattern(
      regexp = RetailReportResource.UNIT_CODE,
      message = RetailReportResource.UNIT_CODE_MESSAGE)
  String unitCode;

  public String unitCode() {
    return unitCode;
  }
}
