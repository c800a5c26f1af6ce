package vn.tradehub.industry.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.contracts.Topics;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * A report and its revision reach Kafka, with the indicators of every affected month. Works in
 * 2022, in the former Tuyên Quang (its demo figures begin in 2024).
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class RevisionEventsTest {
  static final String TAX = "5199900031";
  static final Duration WAIT = Duration.ofSeconds(60);

  /** The test's enterprise lies in the former Tuyên Quang, which has no demo figures in 2022. */
  static final String T = "08@2025-06-30|";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  @Test
  @TestSecurity(user = "admin", roles = "ADMIN")
  void aRevisionEmitsProductionRevisedAndRecomputedIndicatorsForTheAffectedMonths() {
    Api.enterprise(TAX, "3600");
    try (EventCapture production = EventCapture.fromNow(kafka, Topics.INDUSTRY_PRODUCTION);
        EventCapture indicators = EventCapture.fromNow(kafka, Topics.INDUSTRY_INDICATORS)) {
      Api.fileReport(TAX + "/2022-03", Api.report("ESTIMATED", "NUOC-MAY", 400_000, 4_000_000_000L))
          .statusCode(201);
      Api.fileReport(TAX + "/2022-05", Api.report("ESTIMATED", "NUOC-MAY", 500_000, 5_000_000_000L))
          .statusCode(201);

      List<CapturedEvent> reported =
          production.await(
              e -> TAX.equals(e.key()) && e.type().endsWith(".ProductionReported"), 2, WAIT);
      assertThat(reported).hasSize(2);
      assertThat(reported.get(0).payload().path("period").asText()).isEqualTo("2022-03");
      assertThat(reported.get(0).headers())
          .containsEntry("ce_type", "vn.tradehub.industry.ProductionReported");
      assertThat(reported.get(0).headers().get("ce_subject")).isEqualTo(TAX + "/2022-03");
      // The May report published May's indicators: year to date = March + May.
      CapturedEvent may = last(indicators.await(e -> (T + "2022-05").equals(e.key()), 1, WAIT));
      assertThat(may.payload().path("outputValueYtdVnd").decimalValue())
          .isEqualByComparingTo("9000000000");

      // Revise March: March and May (its year to date includes March) are recomputed.
      Api.json()
          .header("If-Match", "\"0\"")
          .body(Api.report("FINAL", "NUOC-MAY", 450_000, 4_600_000_000L))
          .put(Api.REPORTS + TAX + "/2022-03")
          .then()
          .statusCode(200);

      List<CapturedEvent> revised =
          production.await(
              e -> TAX.equals(e.key()) && e.type().endsWith(".ProductionRevised"), 1, WAIT);
      assertThat(revised).hasSize(1);
      assertThat(revised.get(0).payload().path("version").asLong()).isEqualTo(1);
      assertThat(revised.get(0).payload().path("previousStatus").asText()).isEqualTo("ESTIMATED");
      assertThat(revised.get(0).payload().path("outputValueCurrentVnd").decimalValue())
          .isEqualByComparingTo("4600000000");
      assertThat(revised.get(0).payload().path("previousOutputValueCurrentVnd").decimalValue())
          .isEqualByComparingTo("4000000000");

      List<CapturedEvent> march =
          awaitFigure(indicators, "2022-03", "outputValueMonthVnd", "4600000000");
      assertThat(march).hasSize(1);
      List<CapturedEvent> mayAgain =
          awaitFigure(indicators, "2022-05", "outputValueYtdVnd", "9600000000");
      assertThat(mayAgain).hasSize(1);
      CapturedEvent m = mayAgain.get(0);
      assertThat(m.headers())
          .containsEntry("ce_type", "vn.tradehub.industry.IndustryIndicatorsComputed");
      // The former Tuyên Quang's own 2020 base-year weights; no reports there a year earlier, so
      // nothing to compare with.
      assertThat(m.payload().path("territory").asText()).isEqualTo("08@2025-06-30");
      assertThat(m.payload().path("baseYear").asInt()).isEqualTo(2020);
      assertThat(m.payload().path("outputValueYtdPrevYearVnd").isNull()).isTrue();
      assertThat(m.payload().path("iipYtd").isNull()).isTrue();
      // March is now FINAL but May is still ESTIMATED: the weakest wins.
      assertThat(m.payload().path("status").asText()).isEqualTo("ESTIMATED");
      // Months without reports (April) are not published.
      assertThat(indicators.all().stream().filter(e -> (T + "2022-04").equals(e.key()))).isEmpty();
    }
  }

  /** The indicators events of the month whose figure has this value (once recomputed). */
  private static List<CapturedEvent> awaitFigure(
      EventCapture indicators, String period, String field, String value) {
    BigDecimal expected = new BigDecimal(value);
    return indicators.await(
        e ->
            (T + period).equals(e.key())
                && e.payload().path(field).decimalValue().compareTo(expected) == 0,
        1,
        WAIT);
  }

  private static CapturedEvent last(List<CapturedEvent> events) {
    assertThat(events).isNotEmpty();
    return events.get(events.size() - 1);
  }
}
