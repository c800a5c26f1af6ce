package vn.tradehub.bordertrade.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.bordertrade.shipment.Flow;
import vn.tradehub.bordertrade.shipment.ShipmentRequest;

/** The demo sheets add up to the province's published export figures, to the cent. */
class DemoShipmentsTest {
  private static final RateTable RATES = DemoFixture.rates(List.of());

  @Test
  void exportsMatchThePublishedFigures() {
    List<ShipmentRequest> y2020 = DemoFixture.year(2020, RATES);
    BigDecimal exports2019 = DemoFixture.usd(DemoFixture.year(2019, RATES), Flow.EXPORT, RATES);
    BigDecimal exports2020 = DemoFixture.usd(y2020, Flow.EXPORT, RATES);
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
