package vn.tradehub.industry.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import vn.tradehub.contracts.industry.IndustryIndicatorsComputed;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/** Read side of the indicators: summary, electrification and one month's indicators. */
@ApplicationScoped
public class IndicatorQueries {
  private final IndicatorService indicators;
  private final Jdbc jdbc;

  public IndicatorQueries(IndicatorService indicators, Jdbc jdbc) {
    this.indicators = indicators;
    this.jdbc = jdbc;
  }

  @Transactional
  public SummaryResponse summary() {
    LocalDate today = indicators.today();
    Electrification.Counts now = Electrification.counts(jdbc, today);
    Optional<YearMonth> latest = indicators.latestPeriod();
    if (latest.isEmpty()) {
      return new SummaryResponse(
          null,
          null,
          null,
          null,
          null,
          null,
          today,
          now.border(),
          now.electrified(),
          now.sharePct(),
          null);
    }
    IndustryIndicatorsComputed i = indicators.compute(latest.get());
    return new SummaryResponse(
        i.period(),
        i.baseYear(),
        i.iipYtd(),
        i.iipYtd() == null ? null : i.iipYtd().subtract(BigDecimal.valueOf(100)),
        i.outputValueYtdVnd(),
        i.outputValueYtdChangePct(),
        today,
        now.border(),
        now.electrified(),
        now.sharePct(),
        i.status());
  }

  @Transactional
  public ElectrificationResponse electrification(String asOfText) {
    LocalDate asOf;
    try {
      asOf =
          asOfText == null || asOfText.isBlank() ? indicators.today() : LocalDate.parse(asOfText);
    } catch (DateTimeParseException e) {
      throw Problems.malformed(
          "asOf must be an ISO 8601 date",
          List.of(FieldError.of("asOf", "expected an ISO 8601 date (YYYY-MM-DD)", asOfText)));
    }
    Electrification.Counts all = Electrification.counts(jdbc, asOf);
    List<ElectrificationResponse.District> districts =
        Electrification.byDistrict(jdbc, asOf).stream()
            .map(
                c ->
                    new ElectrificationResponse.District(
                        c.district(), c.border(), c.electrified(), c.sharePct()))
            .toList();
    return new ElectrificationResponse(
        asOf, all.border(), all.electrified(), all.sharePct(), districts);
  }

  @Transactional
  public IndustryIndicatorsComputed month(String periodText) {
    YearMonth period = Periods.parse("period", periodText);
    if (!indicators.hasData(period)) throw Problems.notFound("Industry indicators of", periodText);
    return indicators.compute(period);
  }
}
