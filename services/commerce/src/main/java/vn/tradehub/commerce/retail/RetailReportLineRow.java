package vn.tradehub.commerce.retail;

import java.math.BigDecimal;
import java.util.List;
import vn.tradehub.platform.figures.FigureStatus;

/** A row of the reports' CSV: one report line, with its report's key, status and version. */
public record RetailReportLineRow(
    String unitCode,
    String period,
    FigureStatus status,
    long version,
    String category,
    String ownership,
    BigDecimal valueVnd) {

  static List<RetailReportLineRow> of(RetailReportResponse r) {
    return r.lines().stream()
        .map(
            l ->
                new RetailReportLineRow(
                    r.unitCode(),
                    r.period(),
                    r.status(),
                    r.version(),
                    l.category(),
                    l.ownership(),
                    l.valueVnd()))
        .toList();
  }
}
