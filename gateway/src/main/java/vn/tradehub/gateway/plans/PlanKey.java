package vn.tradehub.gateway.plans;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The key of a province's plan, {@code /{territory}/{year}}, declared once for every operation on
 * it: {@code @Valid @BeanParam PlanKey key}.
 */
public class PlanKey {
  @PathParam("territory")
  @Parameter(
      description =
          "The province: its code (the province of that year: 02 Hà Giang until 2025, 08 the"
              + " merged Tuyên Quang from 2025), or pinned to a date (08@2025-06-30, the former"
              + " Tuyên Quang)",
      example = "02")
  @Size(max = 16)
  String territory;

  @PathParam("year")
  @Min(PlanService.MIN_YEAR)
  @Max(PlanService.MAX_YEAR)
  int year;

  public String territory() {
    return territory;
  }

  public int year() {
    return year;
  }
}
