package vn.tradehub.bordertrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.tradehub.bordertrade.Callers.as;
import static vn.tradehub.bordertrade.Callers.asIfMatch;
import static vn.tradehub.bordertrade.Callers.refused;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Succession;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Issue 14: border gates lie in communes over dated periods, checked against the units of those
 * dates; a line is placed in its gate's commune on its declaration date (in the answer, the rollup
 * and the events), and only on a day the gate has one.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class GateLocationsTest {
  private static final String GATES = "/api/v1/border-trade/gates";
  private static final String SHIPMENTS = "/api/v1/border-trade/shipments";
  private static final Geography GEOGRAPHY = Geography.classpath();
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  /** The district each seeded gate's free text named before the migration (V2). */
  private static final Map<String, String> SEEDED_DISTRICT =
      Map.of(
          "THANH_THUY", "Huyện Vị Xuyên",
          "CHO_THANH_THUY", "Huyện Vị Xuyên",
          "XIN_MAN", "Huyện Xín Mần",
          "PHO_BANG", "Huyện Đồng Văn",
          "SAM_PUN", "Huyện Mèo Vạc",
          "NGHIA_THUAN", "Huyện Quản Bạ");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  @Test
  void theSeededGatesLieInTheirCommunesBeforeAndAfterTheReform() {
    for (Map.Entry<String, String> seeded : SEEDED_DISTRICT.entrySet()) {
      JsonPath gate =
          as("READER")
              .get(GATES + "/" + seeded.getKey())
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<Map<String, Object>> locations = gate.getList("locations");
      assertThat(locations).as(seeded.getKey()).hasSize(2);
      assertThat(locations.get(0).get("validFrom")).isNull();
      assertThat(locations.get(0).get("validTo")).isEqualTo("2025-06-30");
      assertThat(locations.get(1).get("validFrom")).isEqualTo("2025-07-01");
      assertThat(locations.get(1).get("validTo")).isNull();
      // The old commune lies in the district the free text named; the new one took its land.
      AdminUnit old =
          GEOGRAPHY.unit((String) locations.get(0).get("unitCode"), LAST_DAY).orElseThrow();
      assertThat(old.level()).isEqualTo(Level.COMMUNE);
      assertThat(GEOGRAPHY.parent(old.code(), LAST_DAY).orElseThrow().nameVi())
          .isEqualTo(seeded.getValue());
      assertThat(locations.get(0).get("nameVi")).isEqualTo(old.nameVi());
      AdminUnit now =
          GEOGRAPHY.unit((String) locations.get(1).get("unitCode"), REFORM).orElseThrow();
      assertThat(GEOGRAPHY.successors(old)).extracting(Succession::successor).contains(now);
      assertThat(locations.get(1).get("nameVi")).isEqualTo(now.nameVi());
    }
    as("READER")
        .get(GATES + "/THANH_THUY")
        .then()
        .body("locations.nameVi", contains("Xã Thanh Thủy", "Xã Thanh Thuỷ"))
        .body("locations.unitCode", contains("00928", "00928"));
    as("READER")
        .get(GATES + "/SAM_PUN")
        .then()
        .body("locations.nameVi", contains("Xã Sơn Vĩ", "Xã Sơn Vĩ"))
        // 00778 was Xã Xín Cái until the reform: the code is reused for the new Sơn Vĩ.
        .body("locations.unitCode", contains("00793", "00778"));
    as("READER")
        .get(GATES + "/PHO_BANG")
        .then()
        .body("locations.nameVi", contains("Thị trấn Phó Bảng", "Xã Phố Bảng"));
  }

  @Test
  void theGateListIsFilteredByAUnitOnADay() {
    assertThat(gatesIn("02", "2021-06-30")).containsAll(SEEDED_DISTRICT.keySet());
    assertThat(gatesIn("00928", "2026-01-01")).containsExactly("CHO_THANH_THUY", "THANH_THUY");
    assertThat(gatesIn("027", "2020-01-01")).containsExactly("SAM_PUN");
    // 00778 on 2024-01-01 is Xã Xín Cái, where no gate lies; from the reform it is Sơn Vĩ.
    assertThat(gatesIn("00778", "2024-01-01")).isEmpty();
    assertThat(gatesIn("00778", "2025-07-01")).containsExactly("SAM_PUN");
    // The former Tuyên Quang has no land border.
    assertThat(gatesIn("08", "2024-01-01")).doesNotContainAnyElementsOf(SEEDED_DISTRICT.keySet());
    // A district after the reform names nothing: 422 naming the communes to use.
    refused(gateList("024", "2026-01-01"), "unit")
        .body("errors[0].message", containsString("abolished"))
        .body("errors[0].message", containsString("00691 Phường Hà Giang 2"));
  }

  @Test
  void locationsAreCheckedAgainstTheUnitsOfTheirOwnDates() {
    Map<String, Object> gate = Gates.gate("Check by date", "2018-01-01");
    // A district is not a place for a gate, before the reform or after.
    gate.put("locations", List.of(Gates.period("028", null, "2025-06-30")));
    refusedOn(gate, "locations[0].unitCode")
        .body("errors[0].message", containsString("not a commune"));
    // A commune of the former province cannot run past its last day ...
    gate.put("locations", List.of(Gates.period("00862", null, null)));
    refusedOn(gate, "locations[0].validTo").body("errors[0].message", containsString("2025-06-30"));
    // ... and after it, a commune of the former province is not a place: the answer names its
    // successor.
    gate.put("locations", List.of(Gates.period("00862", "2025-07-01", null)));
    refusedOn(gate, "locations[0].unitCode")
        .body("errors[0].message", containsString("2025-07-01"))
        .body("errors[0].message", containsString("00865 Xã Đường Thượng"));
    // 00865 in 2024 is Xã Lũng Hồ (the code was reused): a period in it ends with it.
    gate.put("locations", List.of(Gates.period("00865", "2024-01-01", null)));
    refusedOn(gate, "locations[0].validTo")
        .body("errors[0].message", containsString("00865 Xã Lũng Hồ ends on 2025-06-30"))
        .body("errors[0].message", containsString("00865 Xã Đường Thượng from 2025-07-01"));
    // Code reuse: 00691 is Phường Trần Phú until the reform and Phường Hà Giang 2 from it.
    gate.put(
        "locations",
        List.of(
            Gates.period("00691", "2025-07-01", null), Gates.period("00691", null, "2025-06-30")));
    as("ADMIN")
        .body(gate)
        .put(GATES + "/REUSED_CODE_GATE")
        .then()
        .statusCode(201)
        .body("locations.unitCode", contains("00691", "00691"))
        .body("locations.nameVi", contains("Phường Trần Phú", "Phường Hà Giang 2"))
        .body("locations.validTo", contains("2025-06-30", null));
    JsonPath before = post("REUSED_CODE_GATE", "2025-06-30").jsonPath();
    JsonPath after = post("REUSED_CODE_GATE", "2025-07-01").jsonPath();
    assertThat(before.getString("unitCode")).isEqualTo("00691");
    assertThat(after.getString("unitCode")).isEqualTo("00691");
    // The same code, two territories: the former city (024) holds the first line only.
    assertThat(exports("024", "2025-06")).isEqualByComparingTo("54000.00");
    assertThat(exports("00691@2025-06-30", "2025-06")).isEqualByComparingTo("54000.00");
    // Phường Hà Giang 2 took in part of Phường Quang Trung: its July 2024 is no exact sum of
    // the communes of then, so its comparison is refused with the reason, never approximated.
    refused(turnover("00691", "2025-07"), "territory")
        .body("errors[0].message", containsString("cannot be expressed exactly"))
        .body("errors[0].message", containsString("00688"));
  }

  @Test
  void kindAndLocationChangeWithRevisionsAndLinesNeedALocationOnTheirDay() {
    String key = GATES + "/RELOCATED_GATE";
    Map<String, Object> gate = Gates.gate("Moving opening", "2018-01-01");
    // Known until the reform only: from 2025-07-01 it has no commune yet.
    gate.put("locations", List.of(Gates.period("00862", null, "2025-06-30")));
    as("ADMIN").body(gate).put(key).then().statusCode(201);
    try (EventCapture events = EventCapture.fromNow(kafka, "border-trade.shipments.v1")) {
      Response june = post("RELOCATED_GATE", "2025-06-30");
      assertThat(june.jsonPath().getString("unitCode")).isEqualTo("00862");
      refused(lineFor("RELOCATED_GATE", "2025-07-02"), "declaredOn")
          .body("errors[0].message", containsString("no location on that day"));

      // The gate becomes a secondary gate, and gets its commune from the reform on.
      gate.put("kind", "SECONDARY");
      gate.put("locations", Gates.duongThuong());
      as("ADMIN").body(gate).put(key).then().statusCode(428);
      asIfMatch("ADMIN", 0)
          .body(gate)
          .put(key)
          .then()
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("kind", equalTo("SECONDARY"))
          .body("locations.unitCode", contains("00862", "00865"));
      asIfMatch("ADMIN", 1).body(gate).put(key).then().statusCode(200);
      as("ADMIN")
          .get(key + "/revisions")
          .then()
          .statusCode(200)
          .body("change", contains("CREATED", "AMENDED"))
          .body("[1].changes.field", hasItems("kind", "locations", "version"));
      Response july = post("RELOCATED_GATE", "2025-07-02");
      assertThat(july.jsonPath().getString("unitCode")).isEqualTo("00865");

      // A change that would move a recorded line elsewhere is refused, with what it would move.
      Map<String, Object> moved = new java.util.HashMap<>(gate);
      moved.put(
          "locations",
          List.of(
              Gates.period("00847", null, "2025-06-30"),
              Gates.period("00865", "2025-07-01", null)));
      refused(asIfMatch("ADMIN", 1).body(moved).put(key), "locations")
          .body("errors[0].message", containsString("1 shipment lines"))
          .body("errors[0].message", containsString("2025-06-30"));

      // An amendment across the reform moves the line to the commune of its new date.
      String location = june.header("Location");
      String id = june.jsonPath().getString("id");
      Map<String, Object> amended =
          Lines.line(
              "RELOCATED_GATE", june.jsonPath().getString("declarationNumber"), 1, "2025-07-03");
      amended.put("value", Map.of("amount", 55000.00, "currency", "USD"));
      asIfMatch("CUSTOMS", 0)
          .body(amended)
          .put(location)
          .then()
          .statusCode(200)
          .body("unitCode", equalTo("00865"));
      asIfMatch("CUSTOMS", 1).delete(location).then().statusCode(200);

      List<CapturedEvent> seen =
          events.await(e -> id.equals(e.headers().get("ce_subject")), 3, Duration.ofSeconds(30));
      assertThat(seen.get(0).payload().path("shipment").path("unitCode").asText())
          .isEqualTo("00862");
      assertThat(seen.get(1).payload().path("before").path("unitCode").asText()).isEqualTo("00862");
      assertThat(seen.get(1).payload().path("after").path("unitCode").asText()).isEqualTo("00865");
      assertThat(seen.get(2).payload().path("shipment").path("unitCode").asText())
          .isEqualTo("00865");
    }
  }

  /** The gate list of {@code unit} on {@code asOf}. */
  private static Response gateList(String unit, String asOf) {
    return as("READER").queryParam("unit", unit).queryParam("asOf", asOf).get(GATES);
  }

  /** The codes of the gates in {@code unit} on {@code asOf} (200), in the list's order. */
  private static List<String> gatesIn(String unit, String asOf) {
    return gateList(unit, asOf).then().statusCode(200).extract().jsonPath().getList("items.code");
  }

  private static Response lineFor(String gate, String date) {
    return as("CUSTOMS").body(Lines.line(gate, Lines.newDeclaration(), 1, date)).post(SHIPMENTS);
  }

  private static Response post(String gate, String date) {
    Response r = lineFor(gate, date);
    r.then().statusCode(201);
    return r;
  }

  private static Response turnover(String territory, String month) {
    return as("READER")
        .queryParam("from", month)
        .queryParam("to", month)
        .queryParam("territory", territory)
        .get("/api/v1/border-trade/turnover");
  }

  private static java.math.BigDecimal exports(String territory, String month) {
    return new java.math.BigDecimal(
        turnover(territory, month)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("byFlow.find { it.group.flow == 'EXPORT' }.valueUsd"));
  }

  /**
   * PUTs {@code gate} as REUSED_CODE_GATE, expecting a 422 whose first error is on {@code field}.
   */
  private static ValidatableResponse refusedOn(Map<String, Object> gate, String field) {
    return refused(as("ADMIN").body(gate).put(GATES + "/REUSED_CODE_GATE"), field);
  }
}
