package vn.tradehub.bordertrade.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.bordertrade.shipment.Flow;
import vn.tradehub.bordertrade.shipment.ShipmentRequest;

/** The demo sheets add up to the province's published export figures, to the cent. */
class DemoShipmentsTest {
  private static final RateTable RATES =
      new RateTable(
          Map.of(
              "USD",
                  List.of(
                      new RateTable.Rate(
                          BigDecimal.ONE,
                          LocalDate.of(2000, 1, 1),
                          LocalDate.of(2099, 12, 31),
                          "identity")),
              "CNY",
                  List.of(
                      new RateTable.Rate(
                          new BigDecimal("6.8731"),
                          LocalDate.of(2019, 1, 1),
                          LocalDate.of(2021, 12, 31),
                          "test"))));

  private static BigDecimal usd(List<ShipmentRequest> lines, Flow flow) {
    return lines.stream()
        .filter(r -> r.flow() == flow)
        .map(
            r ->
                RATES
                    .toUsd(r.value().amount(), r.value().currency(), r.declaredOn())
                    .orElseThrow()
                    .valueUsd())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void exportsMatchThePublishedFigures() {
    List<ShipmentRequest> y2019 =
        DemoShipments.generate(2019, RATES).values().stream().flatMap(List::stream).toList();
    List<ShipmentRequest> y2020 =
        DemoShipments.generate(2020, RATES).values().stream().flatMap(List::stream).toList();
    BigDecimal exports2019 = usd(y2019, Flow.EXPORT);
    BigDecimal exports2020 = usd(y2020, Flow.EXPORT);
    assertThat(exports2020).isEqualByComparingTo("242000000.00");
    assertThat(exports2019).isEqualByComparingTo("392730000.00");
    // (242.00 / 392.73 - 1) x 100 = -38.3800..., published as -38.38 %
    assertThat(
            exports2020
                .divide(exports2019, 10, RoundingMode.HALF_UP)
                .subtract(BigDecimal.ONE)
                .movePointRight(2)
                .setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("-38.38");
    assertThat(y2020).allSatisfy(r -> assertThat(r.declaredOn().getYear()).isEqualTo(2020));
  }

  @Test
  void generationIsDeterministic() {
    assertThat(DemoShipments.generate(2021, RATES)).isEqualTo(DemoShipments.generate(2021, RATES));
  }
}
