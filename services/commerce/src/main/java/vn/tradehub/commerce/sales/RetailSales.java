package vn.tradehub.commerce.sales;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.geo.UnitRef;

/**
 * The answer of GET /retail-sales: a territory's totals, year to date and groups, each against the
 * same territory a year earlier. A nullable status is declared as an inline string enum: a null
 * beside a reference to the enum's schema is not valid OpenAPI 3.0, and a generated client would
 * refuse the answer.
 */
@Schema(name = "RetailSales")
public record RetailSales(
    @Schema(
            description =
                "The territory the figures are for, resolved for `to` (default: the province of"
                    + " that month: Hà Giang until 2025-06, the merged Tuyên Quang from 2025-07)")
        UnitRef territory,
    @Schema(example = "2021-01") String from,
    @Schema(example = "2021-06") String to,
    @Schema(example = "CURRENT") Prices prices,
    @Schema(description = "Base of the CPI used; present at constant prices only", example = "2010")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String cpiBase,
    @Schema(
            description = "How constant-price values are derived; present at constant prices only",
            example = RetailSalesService.DEFLATION)
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String deflation,
    @Schema(example = "[\"category\"]") List<String> groupBy,
    @Schema(
            implementation = String.class,
            enumeration = {"ESTIMATED", "PRELIMINARY", "FINAL"},
            nullable = true,
            description = "Weakest status among the reports of from..to; null when there are none",
            example = "ESTIMATED")
        FigureStatus status,
    @Schema(description = "Reports (unit × month) of the territory in from..to", example = "66")
        int reportCount,
    @Schema(description = "from..to, every unit and category of the territory") Figure total,
    @Schema(description = "January..`to` of the same year") YearToDate yearToDate,
    @Schema(description = "One entry per combination of the groupBy dimensions seen in either year")
        List<Group> groups,
    @Schema(
            description =
                "Months whose reports are used but that have no CPI: every constant-price figure"
                    + " that needs one of them is null",
            example = "[\"2021-05\"]")
        List<String> missingCpi,
    @Schema(
            description =
                "Why a year-before or year-to-date figure is null although reports exist (the"
                    + " territory is not whole units of those months, e.g. a commune before"
                    + " 2025-07, when reports were by district), and changes below commune level"
                    + " that the lists cannot express (a village moved between communes)",
            example = "[]")
        List<String> notes) {

  public enum Prices {
    CURRENT,
    CONSTANT
  }

  @Schema(name = "RetailSalesFigure")
  public record Figure(
      @Schema(
              nullable = true,
              description = "Whole đồng; zero without reports, null when a CPI it needs is missing",
              example = "6512345000000")
          BigDecimal valueVnd,
      @Schema(
              nullable = true,
              description = "The same months a year earlier; null without any report then",
              example = "5987000000000")
          BigDecimal previousYearVnd,
      @Schema(
              nullable = true,
              description = "(value / previous − 1) × 100, two decimals; null without both",
              example = "8.77")
          BigDecimal changePct) {}

  @Schema(name = "RetailSalesYearToDate")
  public record YearToDate(
      @Schema(example = "2021-01") String from,
      @Schema(example = "2021-06") String to,
      @Schema(
              nullable = true,
              description = "Whole đồng; null when a CPI it needs is missing",
              example = "13594000000000")
          BigDecimal valueVnd,
      @Schema(
              nullable = true,
              description = "Null without any report a year earlier",
              example = "12269000000000")
          BigDecimal previousYearVnd,
      @Schema(nullable = true, example = "10.80") BigDecimal changePct,
      @Schema(
              implementation = String.class,
              enumeration = {"ESTIMATED", "PRELIMINARY", "FINAL"},
              nullable = true,
              description = "Weakest status of January..`to`; null without reports",
              example = "ESTIMATED")
          FigureStatus status) {}

  /** One group; only the dimensions of groupBy are present. */
  @Schema(name = "RetailSalesGroup")
  public record Group(
      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "RETAIL_GOODS") String category,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description = "The unit's official code: a district until 2025-06, a commune after",
              example = "027")
          String unit,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "Huyện Mèo Vạc")
          String unitNameVi,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "Meo Vac District")
          String unitNameEn,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "NON_STATE") String ownership,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "2021-03") String month,
      @Schema(
              nullable = true,
              description = "Whole đồng; null when a CPI it needs is missing",
              example = "5515000000000")
          BigDecimal valueVnd,
      @Schema(
              nullable = true,
              description = "Null without any report a year earlier",
              example = "4957000000000")
          BigDecimal previousYearVnd,
      @Schema(nullable = true, example = "11.26") BigDecimal changePct,
      @Schema(
              implementation = String.class,
              enumeration = {"ESTIMATED", "PRELIMINARY", "FINAL"},
              nullable = true,
              description =
                  "Weakest status among the group's reports of from..to; null when the group has"
                      + " reports only a year earlier",
              example = "PRELIMINARY")
          FigureStatus status) {}
}
