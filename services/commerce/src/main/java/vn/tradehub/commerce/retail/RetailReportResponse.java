package vn.tradehub.commerce.retail;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.figures.FigureStatus;

@Schema(name = "RetailReport")
public record RetailReportResponse(
    @Schema(example = "MEO_VAC") String districtCode,
    @Schema(example = "2021-03") String period,
    @Schema(example = "ESTIMATED") FigureStatus status,
    List<LineView> lines,
    @Schema(description = "Sum of the lines, whole đồng", example = "47680000000")
        BigDecimal totalVnd,
    @Schema(example = "0") long version,
    @Schema(example = "statistics-office") String recordedBy,
    @Schema(example = "2021-04-05T02:00:00Z") OffsetDateTime recordedAt) {

  @Schema(name = "RetailReportLineView")
  public record LineView(
      @Schema(example = "RETAIL_GOODS") String category,
      @Schema(example = "NON_STATE") String ownership,
      @Schema(example = "41250000000") BigDecimal valueVnd) {}

  static RetailReportResponse of(RetailReport r) {
    return new RetailReportResponse(
        r.districtCode,
        r.period,
        r.status,
        r.lines.stream().map(l -> new LineView(l.category, l.ownership, l.valueVnd)).toList(),
        r.total(),
        r.version,
        r.recordedBy,
        r.recordedAt);
  }
}
