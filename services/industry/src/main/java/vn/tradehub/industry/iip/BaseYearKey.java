package vn.tradehub.industry.iip;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.industry.territory.Territories;

/**
 * The key of a province's base-year weights, {@code /base-years/{territory}/{year}}, declared once
 * for every operation on it: {@code @Valid @BeanParam BaseYearKey key}.
 */
public class BaseYearKey {
  @Parameter(description = IipResource.BASE_YEAR_TERRITORY, example = "02")
  @PathParam("territory")
  @Size(max = Territories.PARAMETER_MAX)
  @Pattern(regexp = IipResource.PROVINCE)
  String territory;

  @Parameter(example = "2015")
  @PathParam("year")
  @Min(BaseYear.MIN_YEAR)
  @Max(BaseYear.MAX_YEAR)
  int year;

  public String territory() {
    return territory;
  }

  public int year() {
    return year;
  }
}
