package vn.tradehub.gateway.indicators;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The year and territory every read of the province's figures asks for, declared once:
 * {@code @Valid @BeanParam YearTerritory asked}.
 */
public class YearTerritory {
  @Parameter(description = "The year", example = "2020")
  @QueryParam("year")
  @NotNull(message = ApiDocs.REQUIRED)
  @Min(value = 2000, message = ApiDocs.YEAR_RANGE)
  @Max(value = 2100, message = ApiDocs.YEAR_RANGE)
  Integer year;

  @Parameter(description = IndicatorResource.TERRITORY, example = "08")
  @QueryParam("territory")
  @Size(max = 16)
  String territory;

  public Integer year() {
    return year;
  }

  public String territory() {
    return territory;
  }
}
