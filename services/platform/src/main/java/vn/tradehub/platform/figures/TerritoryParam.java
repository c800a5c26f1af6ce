package vn.tradehub.platform.figures;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.geo.WithinParams;

/**
 * The {@code territory} query parameter of the figures summed for a territory (industry, retail
 * sales, border turnover), declared once and meaning the same everywhere: {@code @Valid @BeanParam
 * TerritoryParam territory}. Its form is {@code Territory.parse}'s, as for {@link WithinParams}.
 */
public class TerritoryParam {
  @Parameter(
      description =
          "The territory: a unit code (2, 3 or 5 digits: a province, district or commune),"
              + " optionally pinned to a day of its validity with @YYYY-MM-DD. A bare code means"
              + " the unit of the period asked (02 for 2026 is the former Hà Giang area, 08 for"
              + " 2024 the former Tuyên Quang, 08 for 2026 the merged province); a pinned day names"
              + " one unit whatever the period (08@2025-06-30 is the former Tuyên Quang,"
              + " 08@2025-07-01 the merged province). Default: the Department's province of the"
              + " period, Hà Giang (02) before 2025-07-01 and Tuyên Quang (08) from then on. A year"
              + " earlier is summed for the same land. A territory that the units of the figures"
              + " cannot make up exactly (a former district after the reform, whose land went partly"
              + " elsewhere) is 422, saying why.",
      example = "08")
  @QueryParam("territory")
  @Size(max = WithinParams.MAX)
  @Pattern(regexp = WithinParams.FORM, message = "a unit code, optionally @YYYY-MM-DD")
  String territory;

  /** The territory as sent, or null for the default. */
  public String territory() {
    return territory;
  }
}
