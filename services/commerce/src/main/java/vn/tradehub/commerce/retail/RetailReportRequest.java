package vn.tradehub.commerce.retail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.codelist.ReadableCodeListResource;
import vn.tradehub.platform.figures.FigureStatus;

@Schema(
    name = "RetailReportRequest",
    description = "A unit's monthly report: every (category, ownership) value")
public record RetailReportRequest(
    @Schema(example = "ESTIMATED", maxLength = 11) @NotNull FigureStatus status,
    @Schema(
            required = true,
            description = "At most one line per (category, ownership); at least one line")
        @NotNull
        @Size(min = 1, max = 100)
        List<@Valid @NotNull Line> lines) {

  @Schema(name = "RetailReportLine")
  public record Line(
      @Schema(
              required = true,
              example = "RETAIL_GOODS",
              description = "A code of GET /api/v1/commerce/retail-categories")
          @NotBlank
          @Size(max = ReadableCodeListResource.CODE_MAX)
          String category,
      @Schema(
              required = true,
              example = "NON_STATE",
              description = "A code of GET /api/v1/commerce/ownership-sectors")
          @NotBlank
          @Size(max = ReadableCodeListResource.CODE_MAX)
          String ownership,
      @Schema(
              required = true,
              example = "41250000000",
              description = "Current-price value in whole đồng (VND has no minor unit)")
          @NotNull
          @PositiveOrZero
          @Digits(
              integer = 20,
              fraction = 0,
              message = "must be whole đồng (VND has no minor unit)")
          BigDecimal valueVnd) {}
}
