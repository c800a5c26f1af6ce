package vn.tradehub.bordertrade.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.bordertrade.shipment.Flow;
import vn.tradehub.bordertrade.shipment.ShipmentRequest;

/** The rates the demo generator converts with, and what the generated sheets add up to. */
final class DemoFixture {
  private DemoFixture() {}

  /**
   * USD at 1, and CNY at a test rate through 2021 (where the seeded rates are) followed by {@code
   * laterCny}.
   */
  static RateTable rates(List<RateTable.Rate> laterCny) {
    List<RateTable.Rate> cny = new ArrayList<>();
    cny.add(
        new RateTable.Rate(
            new BigDecimal("6.8731"),
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2021, 12, 31),
            "test"));
    cny.addAll(laterCny);
    return new RateTable(
        Map.of(
            "USD",
            List.of(
                new RateTable.Rate(
                    BigDecimal.ONE,
                    LocalDate.of(2000, 1, 1),
                    LocalDate.of(2099, 12, 31),
                    "identity")),
            "CNY",
            cny));
  }

  /** A year's lines, as one sheet. */
  static List<ShipmentRequest> year(int year, RateTable rates) {
    return DemoShipments.generate(year, rates).values().stream().flatMap(List::stream).toList();
  }

  /** The USD value of the lines of one flow. */
  static BigDecimal usd(List<ShipmentRequest> lines, Flow flow, RateTable rates) {
    return lines.stream()
        .filter(r -> r.flow() == flow)
        .map(
            r ->
                rates
                    .toUsd(r.value().amount(), r.value().currency(), r.declaredOn())
                    .orElseThrow()
                    .valueUsd())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
