package vn.tradehub.commerce.retail;

import java.math.BigDecimal;
import java.util.List;
import vn.tradehub.contracts.commerce.RetailLine;
import vn.tradehub.contracts.commerce.RetailReported;
import vn.tradehub.contracts.commerce.RetailRevised;
import vn.tradehub.platform.figures.FigureStatus;

/** Builds the commerce.retail.v1 events from the report aggregate. */
final class RetailEvents {
  private RetailEvents() {}

  static RetailReported reported(RetailReport r) {
    return new RetailReported(
        r.unitCode,
        r.period,
        r.status.name(),
        lines(r),
        r.total(),
        r.version,
        r.recordedBy,
        r.recordedAt.toInstant());
  }

  static RetailRevised revised(
      RetailReport r, BigDecimal previousTotal, FigureStatus previousStatus) {
    return new RetailRevised(
        r.unitCode,
        r.period,
        r.status.name(),
        lines(r),
        r.total(),
        previousTotal,
        previousStatus.name(),
        r.version,
        r.recordedBy,
        r.recordedAt.toInstant());
  }

  private static List<RetailLine> lines(RetailReport r) {
    return r.lines.stream().map(l -> new RetailLine(l.category, l.ownership, l.valueVnd)).toList();
  }
}
