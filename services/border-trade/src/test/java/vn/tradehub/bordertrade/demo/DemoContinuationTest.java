package vn.tradehub.bordertrade.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.bordertrade.shipment.Flow;
import vn.tradehub.bordertrade.shipment.ShipmentRequest;

/**
 * The demo series from 2022 (demo figures) continues the published years without a gap to 2026-11,
 * at every gate, with exact yearly totals, deterministically.
 */
class DemoContinuationTest {
  private static final RateTable RATES =
      DemoFixture.rates(
          DemoShipments.demoRates().stream()
              .map(
                  p ->
                      new RateTable.Rate(
                          p.request().unitsPerUsd(), p.validFrom(), p.request().validTo(), "demo"))
              .toList());

  private static List<ShipmentRequest> year(int year) {
    return DemoFixture.year(year, RATES);
  }

  @Test
  void everyMonthFrom2019To2026NovemberHasLinesAtEveryGate() {
    Set<String> gates =
        DemoShipments.GATES.stream().map(DemoShipments.GateShare::gate).collect(Collectors.toSet());
    for (int y = 2019; y <= 2026; y++) {
      Map<YearMonth, Set<String>> byMonth =
          year(y).stream()
              .collect(
                  Collectors.groupingBy(
                      r -> YearMonth.from(r.declaredOn()),
                      Collectors.mapping(ShipmentRequest::gateCode, Collectors.toSet())));
      int months = y == 2026 ? 11 : 12;
      assertThat(byMonth).as("months of " + y).hasSize(months);
      byMonth.values().forEach(g -> assertThat(g).isEqualTo(gates));
    }
    assertThat(year(2026))
        .allSatisfy(r -> assertThat(r.declaredOn()).isBefore(LocalDate.of(2026, 12, 1)));
  }

  @Test
  void yearlyTotalsPerFlowAreExact() {
    for (int y = 2022; y <= 2026; y++) {
      List<ShipmentRequest> lines = year(y);
      for (Flow flow : List.of(Flow.EXPORT, Flow.IMPORT, Flow.BORDER_GATE_TRANSFER)) {
        assertThat(DemoFixture.usd(lines, flow, RATES))
            .as(flow + " " + y)
            .isEqualByComparingTo(DemoShipments.TARGETS.get(y).get(flow));
      }
      // Natural keys are unique within a year's sheet.
      assertThat(
              lines.stream()
                  .map(r -> r.gateCode() + "/" + r.declarationNumber() + "/" + r.lineNumber())
                  .distinct()
                  .count())
          .isEqualTo(lines.size());
    }
  }

  @Test
  void generationIsDeterministic() {
    assertThat(DemoShipments.generate(2025, RATES)).isEqualTo(DemoShipments.generate(2025, RATES));
    assertThat(DemoShipments.demoRates()).isEqualTo(DemoShipments.demoRates());
  }
}
