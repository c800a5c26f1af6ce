package vn.tradehub.gateway.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tradehub.gateway.indicators.IndicatorsApi.dec;
import static vn.tradehub.gateway.indicators.IndicatorsApi.indicator;
import static vn.tradehub.gateway.indicators.IndicatorsApi.indicators;
import static vn.tradehub.gateway.sdmx.SdmxStandard.dataMessage;
import static vn.tradehub.gateway.sdmx.SdmxStandard.sdmx;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.indicators.TestEvents;
import vn.tradehub.platform.testing.OwnKafkaProfile;

/**
 * The seed's 2020 figures (IIP −9.16 %, output value 6,181.4 billion VND, exports 242 million USD),
 * sent as the services' events, read through SDMX and through {@code
 * /api/v1/province/indicators?year=2020}: the same figures. A broker and a database of its own, so
 * that no other test's 2020 events count (its own profile class: an app shared with another
 * OwnKafkaProfile test, such as DemoFiguresTest, would keep that test's 2020 lines).
 */
@QuarkusTest
@TestProfile(SdmxSeedFiguresTest.Alone.class)
class SdmxSeedFiguresTest {
  /** A profile of its own, so that Quarkus starts this test's app afresh. */
  public static class Alone extends OwnKafkaProfile {}

  static final String HA_GIANG = "02@2025-06-30";
  static final String DATA = "/api/v1/sdmx/data/dataflow/VN-TQ-DOIT/";
  static TestEvents events;

  @BeforeAll
  static void publish() {
    events = new TestEvents();
    Instant t = Instant.parse("2021-01-10T03:00:00Z");
    events.industry(
        TestEvents.industry(
            "2020-11",
            "95.10",
            "90.20",
            "5600000000000",
            "5650000000000",
            "-0.88",
            120,
            98,
            "PRELIMINARY",
            t.minusSeconds(86400 * 30)));
    events.industry(
        TestEvents.industry(
            "2020-12",
            "96.40",
            "90.84",
            "6181400000000",
            "6248900000000",
            "-1.08",
            120,
            101,
            "ESTIMATED",
            t));
    events.commerce(
        TestEvents.commerce(
            "2020-12", "950000000000", "11218000000000", "10470000000000", "7.14", "ESTIMATED", t));
    // exports: 242 million USD in 2020 at two gates, against 392.74 million in 2019; an import
    events.recorded(
        TestEvents.line(
            "THANH_THUY", "S20-1", LocalDate.of(2020, 1, 20), "EXPORT", "100000000.00"));
    events.recorded(
        TestEvents.line("THANH_THUY", "S20-2", LocalDate.of(2020, 6, 3), "EXPORT", "90000000.00"));
    events.recorded(
        TestEvents.line("XIN_MAN", "S20-3", LocalDate.of(2020, 11, 12), "EXPORT", "52000000.00"));
    events.recorded(
        TestEvents.line("XIN_MAN", "S20-4", LocalDate.of(2020, 11, 13), "IMPORT", "31000000.00"));
    events.recorded(
        TestEvents.line("THANH_THUY", "S19-1", LocalDate.of(2019, 8, 1), "EXPORT", "392740000.00"));
  }

  @AfterAll
  static void close() {
    events.close();
  }

  /** The values of a data message's observations, all series and periods together. */
  static java.util.List<BigDecimal> values(JsonNode message) {
    java.util.List<BigDecimal> out = new java.util.ArrayList<>();
    message
        .path("data")
        .path("dataSets")
        .forEach(
            ds ->
                ds.path("series")
                    .forEach(
                        s ->
                            s.path("observations").forEach(o -> out.add(o.get(0).decimalValue()))));
    return out;
  }

  static BigDecimal one(String path) {
    JsonNode m =
        dataMessage(
            sdmx()
                .accept(Sdmx.DATA_JSON)
                .get(DATA + path)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    java.util.List<BigDecimal> v = values(m);
    assertThat(v).as(path).hasSize(1);
    return v.get(0);
  }

  @Test
  @TestSecurity(user = "staff", roles = "READER")
  void the2020FiguresThroughSdmxAreThoseOfTheIndicators() {
    await()
        .atMost(Duration.ofSeconds(90))
        .untilAsserted(
            () -> {
              JsonPath j = indicators("year=2020");
              assertThat(dec(indicator(j, "IIP").get("change"))).isEqualByComparingTo("-9.16");
              assertThat(dec(indicator(j, "EXPORT_TURNOVER").get("value")))
                  .isEqualByComparingTo("242.00");
              assertThat(dec(indicator(j, "RETAIL_SALES").get("value")))
                  .isEqualByComparingTo("11218.0");
            });
    JsonPath j = indicators("year=2020");

    // IIP: the year to date of December against the same months of 2019 (= 100)
    BigDecimal iip = one("DF_IIP/1.0.0/M." + HA_GIANG + "._T.PY.YTD?c[TIME_PERIOD]=2020-12");
    assertThat(iip)
        .isEqualByComparingTo(dec(indicator(j, "IIP").get("value")))
        .isEqualByComparingTo("90.84");

    // output value at current prices, year to date, in dong; the indicator is in billions
    BigDecimal output = one("DF_IND_OUTPUT/1.0.0/M." + HA_GIANG + ".V.YTD?c[TIME_PERIOD]=2020-12");
    assertThat(output.divide(BigDecimal.valueOf(1_000_000_000L), 1, RoundingMode.HALF_UP))
        .isEqualByComparingTo(dec(indicator(j, "OUTPUT_VALUE").get("value")))
        .isEqualByComparingTo("6181.4");

    // exports: the turnover cells of the EXPORT flow over 2020, in USD; the indicator in millions
    JsonNode exports =
        dataMessage(
            sdmx()
                .accept(Sdmx.DATA_JSON)
                .get(DATA + "DF_BORDER_TRADE/1.0.0/M." + HA_GIANG + "..EXPORT?c[TIME_PERIOD]=2020")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    BigDecimal total = values(exports).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total.divide(BigDecimal.valueOf(1_000_000L), 2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(dec(indicator(j, "EXPORT_TURNOVER").get("value")))
        .isEqualByComparingTo("242.00");

    // retail sales and the electrification share, likewise
    BigDecimal retail = one("DF_RETAIL/1.0.0/M." + HA_GIANG + "._T.YTD?c[TIME_PERIOD]=2020-12");
    assertThat(retail.divide(BigDecimal.valueOf(1_000_000_000L), 1, RoundingMode.HALF_UP))
        .isEqualByComparingTo(dec(indicator(j, "RETAIL_SALES").get("value")));
    BigDecimal share =
        one("DF_ELECTRIFICATION/1.0.0/M." + HA_GIANG + ".ELECTRIFIED_SHARE?c[TIME_PERIOD]=2020-12");
    assertThat(share).isEqualByComparingTo(dec(indicator(j, "ELECTRIFICATION").get("value")));

    // the IIP series of 2020 as the README shows it: the months of the year, estimated last
    String csv =
        sdmx()
            .accept(Sdmx.DATA_CSV + ";labels=both")
            .header("Accept-Language", "en")
            .get(
                DATA
                    + "DF_IIP/1.0.0/M."
                    + HA_GIANG
                    + "._T.PY.M?c[TIME_PERIOD]=ge:2020-01+le:2020-12")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(SdmxApiTest.csv(csv))
        .extracting(
            r ->
                r.get("TIME_PERIOD: Time period")
                    + " "
                    + r.get("OBS_VALUE: Observation value")
                    + " "
                    + r.get("OBS_STATUS: Observation status"))
        .containsExactly("2020-11 95.1 P: Provisional value", "2020-12 96.4 E: Estimated value");
  }
}
