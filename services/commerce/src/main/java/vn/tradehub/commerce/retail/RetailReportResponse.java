package vn.tradehub.commerce.retail;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.geography.Geography;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.geo.UnitRef;

@Schema(name = "RetailReport")
public record RetailReportResponse(
    @Schema(
            description =
                "The reporting unit's official code: a district until 2025-06, a commune (xã,"
                    + " phường) from 2025-07",
            example = "027")
        String unitCode,
    @Schema(description = "The unit as it was in the report's month") UnitRef unit,
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
        r.unitCode,
        unit(r.unitCode, r.period),
        r.period,
        r.status,
        r.lines.stream().map(l -> new LineView(l.category, l.ownership, l.valueVnd)).toList(),
        r.total(),
        r.version,
        r.recordedBy,
        r.recordedAt);
  }

  /** The unit a stored report names: checked on filing, so it exists in its month. */
  static UnitRef unit(String code, String period) {
    // The shipped registry is the one every bean of this app is injected with (GeographyProducer).
    return Geography.classpath()
        .unit(code, YearMonth.parse(period).atDay(1))
        .map(UnitRef::of)
        .orElseThrow(() -> new IllegalStateException("no unit " + code + " in " + period));
  }
}
