package vn.tradehub.industry.indicators;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.industry.territory.InexpressibleTerritory;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.figures.Growth;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.geo.UnitRef;
import vn.tradehub.platform.problem.Problems;

/** Read side of the indicators: summary, electrification and one month's indicators. */
@ApplicationScoped
public class IndicatorQueries {
  private final IndicatorService indicators;
  private final Electrification electrification;
  private final Territories territories;

  public IndicatorQueries(
      IndicatorService indicators, Electrification electrification, Territories territories) {
    this.indicators = indicators;
    this.electrification = electrification;
    this.territories = territories;
  }

  @Transactional
  public SummaryResponse summary(String territoryParam) {
    LocalDate today = indicators.today();
    Optional<YearMonth> latest = indicators.latestPeriod();
    AdminUnit territory =
        territories.resolve(territoryParam, latest.map(p -> p.atDay(1)).orElse(today));
    Electrification.Counts now =
        electrification.count(territory, today, electrification.borderVillages()).total();
    if (latest.isEmpty()) {
      return new SummaryResponse(
          null,
          UnitRef.of(territory),
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
    IndicatorService.Computed i = indicators.compute(territory, latest.get());
    return new SummaryResponse(
        latest.get().toString(),
        UnitRef.of(territory),
        i.baseYear(),
        i.iipYtd(),
        i.iipYtd() == null ? null : i.iipYtd().subtract(BigDecimal.valueOf(100)),
        i.outputValueYtdVnd(),
        Growth.percent(i.outputValueYtdVnd(), i.outputValueYtdPrevYearVnd()),
        today,
        now.border(),
        now.electrified(),
        now.sharePct(),
        i.status() == null ? null : i.status().name());
  }

  @Transactional
  public ElectrificationResponse electrification(String territoryParam, String asOfText) {
    LocalDate asOf = Territories.date("asOf", asOfText, indicators.today());
    AdminUnit territory = territories.resolve(territoryParam, asOf);
    List<Electrification.BorderVillage> villages = electrification.borderVillages();
    Electrification.Result now = electrification.count(territory, asOf, villages);
    // The same territory a year earlier: its area in the units of that date.
    LocalDate before = asOf.minusYears(1);
    Electrification.Counts then = null;
    String note = null;
    try {
      then = electrification.count(territory, before, villages).total();
    } catch (InexpressibleTerritory e) {
      note = ProductionFacts.Comparison.noteFor(e);
    }
    List<ElectrificationResponse.Unit> units =
        now.byUnit().stream()
            .map(
                c -> {
                  AdminUnit u = territories.unit(c.unitCode(), asOf).orElseThrow();
                  return new ElectrificationResponse.Unit(
                      c.unitCode(),
                      u.nameVi(),
                      u.nameEn(),
                      c.border(),
                      c.electrified(),
                      c.sharePct());
                })
            .toList();
    return new ElectrificationResponse(
        asOf,
        UnitRef.of(territory),
        now.total().border(),
        now.total().electrified(),
        now.total().sharePct(),
        units,
        then == null
            ? null
            : new ElectrificationResponse.PreviousYear(
                before, then.border(), then.electrified(), then.sharePct()),
        note);
  }

  @Transactional
  public MonthIndicators month(String periodText, String territoryParam) {
    YearMonth period = Periods.parse("period", periodText);
    AdminUnit territory = territories.resolve(territoryParam, period.atDay(1));
    IndicatorService.Computed c = indicators.compute(territory, period);
    if (!c.hasReports())
      throw Problems.notFound(
          "Industry indicators of " + territory.label() + " (" + territory.validity() + ") for",
          periodText);
    LocalDate day = period.atDay(1);
    return new MonthIndicators(
        periodText,
        UnitRef.of(territory),
        c.baseYear(),
        c.weightsCombinedFrom(),
        c.iipMonth(),
        c.iipYtd(),
        c.outputValueMonthVnd(),
        c.outputValueMonthPrevYearVnd(),
        Growth.percent(c.outputValueMonthVnd(), c.outputValueMonthPrevYearVnd()),
        c.outputValueYtdVnd(),
        c.outputValueYtdPrevYearVnd(),
        Growth.percent(c.outputValueYtdVnd(), c.outputValueYtdPrevYearVnd()),
        c.villages().border(),
        c.villages().electrified(),
        c.villages().sharePct(),
        c.event().status(),
        c.computedAt(),
        c.byUnit().stream()
            .map(
                u -> {
                  // Villages are counted at the month's end, enterprises at its start: a unit of
                  // either date.
                  AdminUnit unit =
                      territories
                          .unit(u.unitCode(), day)
                          .or(() -> territories.unit(u.unitCode(), period.atEndOfMonth()))
                          .orElseThrow();
                  return new MonthIndicators.Unit(
                      u.unitCode(),
                      unit.level().name(),
                      unit.nameVi(),
                      unit.nameEn(),
                      u.outputValueMonthVnd(),
                      u.borderVillages(),
                      u.electrified());
                })
            .toList(),
        c.comparisonNote());
  }
}
