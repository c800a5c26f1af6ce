package vn.tradehub.bordertrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.tradehub.bordertrade.Callers.as;
import static vn.tradehub.bordertrade.Callers.asIfMatch;
import static vn.tradehub.bordertrade.Callers.refused;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;
import vn.tradehub.platform.web.Cursors;

/**
 * Border gates and exchange rates: code lists on the platform's shape (PUT on the key under the
 * conditional-write policy, keyset lists with CSV, revisions), and the reference data every post is
 * checked against, which a change refreshes at once.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ReferenceDataTest {
  private static final String GATES = "/api/v1/border-trade/gates";
  private static final String RATES = "/api/v1/border-trade/exchange-rates";

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private static Map<String, Object> rate(double unitsPerUsd, String validTo) {
    return Map.of("unitsPerUsd", unitsPerUsd, "validTo", validTo, "source", "test");
  }

  /** The values of {@code field} on this page (200) and on every page after it. */
  private static List<String> throughLastPage(Response page, String field) {
    List<String> values = new ArrayList<>();
    while (true) {
      page.then().statusCode(200);
      values.addAll(page.jsonPath().getList(field));
      String next = page.jsonPath().getString("next");
      if (next == null) return values;
      page = as("READER").get(next);
    }
  }

  /** A THB rate of 34 from validFrom to validTo is 422, naming the field at fault. */
  private static void rateIsRefused(String validFrom, String validTo, String field) {
    refused(as("ADMIN").body(rate(34, validTo)).put(RATES + "/THB/" + validFrom), field);
  }

  @Test
  void seededGatesOfHaGiangArePagedByCode() {
    Response first = as("READER").get(GATES + "?limit=2");
    first
        .then()
        .statusCode(200)
        .body("items.code", contains("CHO_THANH_THUY", "NGHIA_THUAN"))
        .body("items.find { it.code == 'NGHIA_THUAN' }.kind", equalTo("OPENING"))
        .body("items.find { it.code == 'CHO_THANH_THUY' }.pairedGate", nullValue());
    assertThat(throughLastPage(first, "items.code"))
        .isSorted()
        .doesNotHaveDuplicates()
        .contains("PHO_BANG", "SAM_PUN", "THANH_THUY", "XIN_MAN");
    as("READER")
        .get(GATES + "/THANH_THUY")
        .then()
        .statusCode(200)
        .header("ETag", org.hamcrest.Matchers.notNullValue())
        .body("nameVi", equalTo("Cửa khẩu quốc tế Thanh Thủy"))
        .body("pairedGate", equalTo("Thiên Bảo (Tianbao)"))
        .body("validTo", nullValue());
    String csv =
        as("READER")
            .accept("text/csv")
            .get(GATES + "?limit=1")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "code,nameVi,nameEn,kind,locations,pairedGate,pairedCounty,validFrom,validTo,version");
    assertThat(csv).contains("THANH_THUY,Cửa khẩu quốc tế Thanh Thủy,").contains("XIN_MAN,");
  }

  @Test
  void aGateIsPutOnItsCodeUnderTheConditionalWritePolicy() {
    String key = GATES + "/TEST_GATE";
    Map<String, Object> gate = Gates.gate("Test opening", "2018-01-01");
    asIfMatch("ADMIN", 0).body(gate).put(key).then().statusCode(412);
    as("ADMIN")
        .body(gate)
        .put(key)
        .then()
        .statusCode(201)
        .header("Location", endsWith(key))
        .header("ETag", "\"0\"")
        .body("code", equalTo("TEST_GATE"))
        .body("nameVi", equalTo("Lối mở Thử Nghiệm"));
    // The same gate again (a retried create): 200, the same version.
    as("ADMIN").body(gate).put(key).then().statusCode(200).header("ETag", "\"0\"");
    as("ADMIN").header("If-None-Match", "*").body(gate).put(key).then().statusCode(412);
    gate.put("nameEn", "Test border opening");
    as("ADMIN").body(gate).put(key).then().statusCode(428).header("ETag", "\"0\"");
    asIfMatch("ADMIN", 4).body(gate).put(key).then().statusCode(412);
    asIfMatch("ADMIN", 0)
        .body(gate)
        .put(key)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("nameEn", equalTo("Test border opening"));
    as("READER").body(gate).put(key).then().statusCode(403);
    // The path carries the code: the body may not, and a code must start with a letter.
    as("ADMIN").body(Map.of("code", "TEST_GATE")).put(key).then().statusCode(400);
    refused(
        as("ADMIN").body(Gates.gate("Digits first", "2018-01-01")).put(GATES + "/1GATE"), "code");
    Map<String, Object> backwards = Gates.gate("Backwards", "2018-01-01");
    backwards.put("validTo", "2017-01-01");
    refused(as("ADMIN").body(backwards).put(GATES + "/BACKWARDS"), "validTo");
    as("READER").get(GATES + "/BACKWARDS").then().statusCode(404);
  }

  @Test
  void retiringAGateNeedsIfMatchAndRefusesLaterShipmentsAtOnce() {
    String key = GATES + "/RETIRING_GATE";
    as("ADMIN").body(Gates.gate("Retiring", "2018-01-01")).put(key).then().statusCode(201);
    // Posts are checked against cached reference data: the new gate is seen at once.
    as("CUSTOMS")
        .body(Lines.line("RETIRING_GATE", Lines.newDeclaration(), 1, "2019-07-01"))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201);
    as("ADMIN").queryParam("on", "2019-06-30").delete(key).then().statusCode(428);
    refused(asIfMatch("ADMIN", 0).queryParam("on", "2017-12-31").delete(key), "on");
    asIfMatch("ADMIN", 0)
        .queryParam("on", "2019-06-30")
        .delete(key)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("validTo", equalTo("2019-06-30"));
    asIfMatch("ADMIN", 0).queryParam("on", "2019-06-30").delete(key).then().statusCode(412);
    as("ADMIN")
        .get(key + "/revisions")
        .then()
        .statusCode(200)
        .body("change", contains("CREATED", "RETIRED"))
        .body("[1].changedBy", equalTo("admin"))
        .body("[1].changes.field", hasItems("validTo", "version"));
    as("READER")
        .get(key + "/revisions")
        .then()
        .statusCode(200)
        .body("[0]", not(hasKey("changedBy")));
    refused(
        as("CUSTOMS")
            .body(Lines.line("RETIRING_GATE", Lines.newDeclaration(), 1, "2019-07-01"))
            .post("/api/v1/border-trade/shipments"),
        "declaredOn");
    as("CUSTOMS")
        .body(Lines.line("RETIRING_GATE", Lines.newDeclaration(), 1, "2019-06-30"))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201);
    as("READER").get(GATES + "/NO_SUCH_GATE/revisions").then().statusCode(404);
  }

  @Test
  void theCreateByPostIsGone() {
    as("ADMIN").body(Map.of("code", "POSTED_GATE")).post(GATES).then().statusCode(405);
    as("ADMIN").body(rate(1.5, "2020-01-31")).post(RATES).then().statusCode(405);
  }

  @Test
  void anExchangeRateIsPutOnItsCurrencyAndFirstDayAndMayNotOverlap() {
    String key = RATES + "/THB/2020-01-01";
    as("ADMIN")
        .header("If-Match", "*")
        .body(rate(33.5, "2020-01-31"))
        .put(key)
        .then()
        .statusCode(412);
    as("ADMIN")
        .body(rate(33.5, "2020-01-31"))
        .put(key)
        .then()
        .statusCode(201)
        .header("Location", endsWith(key))
        .header("ETag", "\"0\"")
        .body("currency", equalTo("THB"))
        .body("validFrom", equalTo("2020-01-01"));
    as("ADMIN")
        .body(rate(33.5, "2020-01-31"))
        .put(key)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
    as("ADMIN")
        .header("If-None-Match", "*")
        .body(rate(33.5, "2020-01-31"))
        .put(key)
        .then()
        .statusCode(412);
    // Overlaps: a window starting inside this one, and one running into it.
    rateIsRefused("2020-01-20", "2020-02-15", "validFrom");
    rateIsRefused("2019-12-20", "2020-01-01", "validTo");
    rateIsRefused("2020-02-01", "2019-12-31", "validTo");
    as("READER")
        .queryParam("currency", "THB")
        .get(RATES)
        .then()
        .statusCode(200)
        .body("items.validFrom", contains("2020-01-01"));

    Map<String, Object> line =
        Lines.with(
            Lines.with(Lines.line(), "value", Map.of("amount", 3350, "currency", "THB")),
            "declaredOn",
            "2020-01-15");
    as("CUSTOMS")
        .body(line)
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201)
        .body("valueUsd", equalTo(100.00f))
        .body("exchangeRate.source", equalTo("test"));

    // A correction needs If-Match, and the next post converts with it at once.
    as("ADMIN").body(rate(33.0, "2020-01-31")).put(key).then().statusCode(428);
    asIfMatch("ADMIN", 3)
        .body(rate(33.0, "2020-01-31"))
        .put(key)
        .then()
        .statusCode(412)
        .header("ETag", "\"0\"");
    asIfMatch("ADMIN", 0)
        .body(rate(33.0, "2020-01-31"))
        .put(key)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"");
    as("CUSTOMS")
        .body(Lines.with(line, "declarationNumber", Lines.newDeclaration()))
        .post("/api/v1/border-trade/shipments")
        .then()
        .statusCode(201)
        .body("valueUsd", equalTo(101.52f));
    as("READER")
        .get(key)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("unitsPerUsd", equalTo(33.0f));
    Response revisions = as("READER").get(key + "/revisions");
    revisions.then().statusCode(200).body("change", contains("CREATED", "AMENDED"));
    assertThat(revisions.jsonPath().getDouble("[1].changes.find { it.field == 'unitsPerUsd' }.to"))
        .isEqualTo(33.0);
    as("READER").get(RATES + "/THB/2021-01-01").then().statusCode(404);
    as("READER")
        .get(RATES + "/THB/2021-13-01")
        .then()
        .statusCode(org.hamcrest.Matchers.oneOf(400, 404));
    as("READER").get(RATES + "/THB/2021-01-01/revisions").then().statusCode(404);
    as("ADMIN").body(rate(1, "2020-01-31")).put(RATES + "/thb/2020-01-01").then().statusCode(422);
    as("READER").body(rate(1, "2020-01-31")).put(RATES + "/THX/2020-01-01").then().statusCode(403);
  }

  @Test
  void exchangeRatesArePagedByCurrencyAndFirstDayWithCsvOfTheWholeSelection() {
    List<String> seen =
        throughLastPage(as("READER").get(RATES + "?currency=CNY&limit=10"), "items.validFrom");
    // The seeded CNY rates: one a month, 2019 to 2021.
    assertThat(seen).hasSize(36).isSorted().doesNotHaveDuplicates();
    assertThat(seen.get(0)).isEqualTo("2019-01-01");
    String csv =
        as("READER")
            .accept("text/csv")
            .queryParam("currency", "CNY")
            .queryParam("limit", 5)
            .get(RATES)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("currency,validFrom,unitsPerUsd,validTo,source,version");
    assertThat(csv.lines().count()).isEqualTo(37);
    as("READER").queryParam("currency", "cny").get(RATES).then().statusCode(422);
    as("READER").queryParam("after", "not-a-cursor").get(RATES).then().statusCode(400);
    // A cursor of the right form whose date is not one: 400 as well, not a failure.
    as("READER")
        .queryParam("after", Cursors.encode("CNY", "2020-13-45"))
        .get(RATES)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("after"));
  }
}
