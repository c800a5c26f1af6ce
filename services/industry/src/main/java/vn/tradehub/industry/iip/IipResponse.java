package vn.tradehub.industry.iip;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.UnitRef;

@Schema(
    name = "Iip",
    description =
        "The IIP of a province's month or year to date at one level, with its weights' base year, status, coverage and contributions")
public record IipResponse(
    @Schema(example = "2020-12") String period,
    @Schema(description = "The province the index is for") UnitRef territory,
    @Schema(example = "PREVIOUS_YEAR") Comparison compareTo,
    @Schema(description = "Year to date (January..period) from cumulative quantities")
        boolean cumulative,
    @Schema(example = "SECTION") IipCalculator.Level level,
    @Schema(description = "The base year of the weights used", example = "2015") int baseYear,
    @Schema(
            description =
                "Empty when the weights are the province's own; for the merged province before it"
                    + " had its own, the provinces whose base-year weights were combined",
            example = "[]")
        List<String> weightsCombinedFrom,
    @Schema(description = "First and last month of the current quantities") Months current,
    @Schema(
            description =
                "First and last month of the comparison quantities; null against the base year",
            nullable = true)
        Months comparison,
    @Schema(
            description = "The weakest status of the reports used; null without any",
            nullable = true,
            example = "ESTIMATED")
        String status,
    @Schema(
            description = "The whole industry's index (comparison = 100), two decimals",
            example = "90.84")
        BigDecimal index,
    @Schema(description = "index − 100", example = "-9.16") BigDecimal changePct,
    @Schema(description = "The rows of the requested level (only the total for level=TOTAL)")
        List<Row> rows,
    @Schema(
            description =
                "Each section's contribution to the change, in percentage points; they add up to changePct")
        List<Row> contributions,
    Coverage coverage) {

  public record Months(
      @Schema(example = "2020-01") String from, @Schema(example = "2020-12") String to) {}

  @Schema(name = "IipRow")
  public record Row(
      @Schema(example = "SECTION") IipCalculator.Level level,
      @Schema(example = "D") String code,
      @Schema(description = "Null for the total", nullable = true, example = "TOTAL")
          String parentCode,
      @Schema(
              example =
                  "Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí")
          String nameVi,
      @Schema(example = "Electricity, gas, steam and air conditioning supply") String nameEn,
      @Schema(example = "88.12") BigDecimal index,
      @Schema(example = "-11.88") BigDecimal changePct,
      @Schema(description = "Renormalised weight within the parent, %", example = "47.35")
          BigDecimal weightSharePct,
      @Schema(description = "Renormalised weight within the whole industry, %", example = "47.35")
          BigDecimal totalWeightSharePct,
      @Schema(
              description =
                  "(index − 100) × total weight share: percentage points of the total's change",
              example = "-5.63")
          BigDecimal contributionPp) {}

  @Schema(name = "IipCoverage")
  public record Coverage(
      @Schema(example = "20") int productsUsed,
      @Schema(description = "Products left out of this comparison, and why")
          List<Excluded> productsExcluded,
      @Schema(
              description = "Share of the base-year product weights that took part, %",
              example = "100.00")
          BigDecimal weightCoveredPct) {}

  public record Excluded(
      @Schema(example = "GACH-KHONG-NUNG") String productCode,
      @Schema(example = "NO_COMPARISON_QUANTITY") IipCalculator.Exclusion reason) {}
}
