package vn.tradehub.industry.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Unit;
import vn.tradehub.platform.problem.FieldError;

@Schema(name = "ProductionReport")
public record ReportResponse(
    @Schema(example = "5101001859") String taxCode,
    @Schema(example = "2020-12") String period,
    @Schema(example = "ESTIMATED") FigureStatus status,
    @Schema(description = "The ETag", example = "0") long version,
    @Schema(
            description =
                "Where its figures lie: the unit the enterprise was located in on the report's"
                    + " month (on its first day, or the first place it had in that month)")
        PlacedIn placedIn,
    List<Line> lines,
    @Schema(example = "67375000000") BigDecimal outputValueCurrentVnd,
    @Schema(example = "55125000000") BigDecimal outputValueConstantVnd,
    @Schema(example = "VND") String currency,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(
            description =
                "Accepted but worth a look, e.g. a product outside the enterprise's industry (VSIC division). Only in the answer to a PUT.")
        List<FieldError> warnings) {

  @Schema(name = "ProductionReportPlace")
  public record PlacedIn(
      @Schema(example = "029") String unitCode,
      @Schema(example = "DISTRICT") String level,
      @Schema(example = "Huyện Quản Bạ") String nameVi,
      @Schema(example = "Quan Ba District") String nameEn) {}

  @Schema(name = "ProductionLine")
  public record Line(
      @Schema(example = "DIEN-SAN-XUAT") String productCode,
      @Schema(example = "KWH") Unit unit,
      @Schema(example = "61250000") BigDecimal quantity,
      @Schema(example = "67375000000") BigDecimal outputValueCurrentVnd,
      @Schema(example = "55125000000") BigDecimal outputValueConstantVnd) {}

  public ReportResponse withWarnings(List<FieldError> w) {
    return new ReportResponse(
        taxCode,
        period,
        status,
        version,
        placedIn,
        lines,
        outputValueCurrentVnd,
        outputValueConstantVnd,
        currency,
        createdAt,
        updatedAt,
        w);
  }
}
