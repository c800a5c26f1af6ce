package vn.tradehub.industry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tradehub.industry.report.ReportRequest;

/**
 * The generated demo data set, before it goes through the service (see DemoFiguresTest for that).
 */
class DemoDataTest {
  @Test
  void coversThirtyEnterprisesTwentyProductsThreeYears() {
    DemoData.Dataset d = DemoData.generate();
    assertThat(d.filings().stream().map(f -> f.taxCode()).collect(Collectors.toSet())).hasSize(30);
    Set<String> products =
        d.filings().stream()
            .flatMap(f -> f.request().lines().stream())
            .map(ReportRequest.Line::productCode)
            .collect(Collectors.toSet());
    assertThat(products).hasSize(20);
    assertThat(
            d.filings().stream().map(f -> f.period().substring(0, 4)).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("2019", "2020", "2021");
  }

  @Test
  void outputValueTotalsAreThePublishedOnes() {
    DemoData.Dataset d = DemoData.generate();
    assertThat(total(d, "2019")).isEqualByComparingTo("6248900000000");
    assertThat(total(d, "2020")).isEqualByComparingTo("6181400000000");
    BigDecimal change =
        total(d, "2020")
            .subtract(total(d, "2019"))
            .multiply(BigDecimal.valueOf(100))
            .divide(total(d, "2019"), 2, RoundingMode.HALF_UP);
    assertThat(change).isEqualByComparingTo("-1.08");
  }

  @Test
  void isDeterministic() {
    assertThat(DemoData.generate().filings()).isEqualTo(DemoData.generate().filings());
  }

  private static BigDecimal total(DemoData.Dataset d, String year) {
    return d.filings().stream()
        .filter(f -> f.period().startsWith(year))
        .flatMap(f -> f.request().lines().stream())
        .map(ReportRequest.Line::outputValueCurrentVnd)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
