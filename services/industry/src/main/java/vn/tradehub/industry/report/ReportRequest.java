package vn.tradehub.industry.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.codelist.ReadableCodeListResource;
import vn.tradehub.platform.figures.FigureStatus;

/** A monthly production report as an enterprise (or the statistics office) files it. */
@Schema(name = "ProductionReportRequest")
public record ReportRequest(
    @NotNull @Schema(description = "ESTIMATED, PRELIMINARY or FINAL", example = "ESTIMATED")
        FigureStatus status,
    @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines) {

  @Schema(name = "ProductionLineRequest")
  public record Line(
      @NotBlank @Size(max = ReadableCodeListResource.CODE_MAX) @Schema(example = "DIEN-SAN-XUAT")
          String productCode,
      @NotNull
          @Schema(
              description = "Quantity in the product's unit, ≥ 0, at most 3 decimals",
              example = "61250000")
          BigDecimal quantity,
      @NotNull @Schema(description = "VND at current prices, ≥ 0", example = "67375000000")
          BigDecimal outputValueCurrentVnd,
      @NotNull
          @Schema(description = "VND at constant (base-year) prices, ≥ 0", example = "55125000000")
          BigDecimal outputValueConstantVnd) {}
}
