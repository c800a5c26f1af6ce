package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.CapturedEvent;
import vn.tradehub.platform.testing.EventCapture;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class AmendCancelTest {
  private static final String TOPIC = "border-trade.shipments.v1";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String kafka;

  static {
    io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
  }

  private static double exportsOf(String date) {
    String month = date.substring(0, 7);
    return given()
        .queryParam("from", month)
        .queryParam("to", month)
        .get("/api/v1/border-trade/turnover")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getDouble("byFlow.find { it.group.flow == 'EXPORT' }.valueUsd");
  }

  @Test
  void amendmentNeedsIfMatchIsKeptAsARevisionAndMovesTheTotals() {
    String date = "2016-04-11";
    Map<String, Object> line = Lines.line("THANH_THUY", Lines.newDeclaration(), 1, date);
    double before = exportsOf(date);
    try (EventCapture events = EventCapture.fromNow(kafka, TOPIC)) {
      Response created = Shipments.post(line);
      created.then().statusCode(201);
      String location = created.header("Location");
      String id = created.jsonPath().getString("id");
      assertThat(exportsOf(date)).isEqualTo(before + 54000.00);

      Map<String, Object> corrected =
          Lines.with(
              Lines.with(line, "quantity", 12500),
              "value",
              Map.of("amount", 56250.00, "currency", "USD"));
      Shipments.amend(location, null, corrected).statusCode(428);
      Shipments.amend(location, 5, corrected).statusCode(412);
      Shipments.amend(location, 0, Lines.with(corrected, "lineNumber", 2))
          .statusCode(422)
          .body("errors.field", hasItem("lineNumber"));
      Shipments.amend(location, 0, corrected)
          .statusCode(200)
          .header("ETag", "\"1\"")
          .body("status", equalTo("AMENDED"))
          .body("quantity", equalTo(12500));
      assertThat(exportsOf(date)).isEqualTo(before + 56250.00);
      // The same amendment again (a retry after a time-out): 200, no new version or revision.
      Shipments.amend(location, null, corrected).statusCode(200).header("ETag", "\"1\"");

      given()
          .get(location + "/revisions")
          .then()
          .statusCode(200)
          .body("size()", equalTo(2))
          .body("[0].change", equalTo("RECORDED"))
          .body("[1].change", equalTo("AMENDED"))
          .body("[1].changedBy", equalTo("customs-ha-giang"))
          .body("[1].changes.field", hasItem("quantity"))
          .body("[1].changes.find { it.field == 'quantity' }.from", equalTo(12000))
          .body("[1].changes.find { it.field == 'quantity' }.to", equalTo(12500));

      given().delete(location).then().statusCode(428).header("ETag", "\"1\"");
      given().header("If-Match", "\"0\"").delete(location).then().statusCode(412);
      given()
          .header("If-Match", "\"1\"")
          .delete(location)
          .then()
          .statusCode(200)
          .body("status", equalTo("CANCELLED"))
          .header("ETag", "\"2\"");
      given().get(location).then().statusCode(200).body("status", equalTo("CANCELLED"));
      assertThat(exportsOf(date)).isEqualTo(before);
      given().header("If-Match", "\"2\"").delete(location).then().statusCode(409);
      Shipments.amend(location, 2, corrected).statusCode(409);

      List<CapturedEvent> seen =
          events.await(e -> id.equals(e.headers().get("ce_subject")), 3, Duration.ofSeconds(30));
      assertThat(seen)
          .extracting(CapturedEvent::type)
          .containsExactly(
              "vn.tradehub.bordertrade.ShipmentRecorded",
              "vn.tradehub.bordertrade.ShipmentAmended",
              "vn.tradehub.bordertrade.ShipmentCancelled");
      assertThat(seen).allSatisfy(e -> assertThat(e.key()).isEqualTo("THANH_THUY"));
      CapturedEvent amended = seen.get(1);
      assertThat(amended.payload().path("before").path("quantity").asInt()).isEqualTo(12000);
      assertThat(amended.payload().path("after").path("quantity").asInt()).isEqualTo(12500);
      assertThat(seen.get(2).payload().path("shipment").path("status").asText())
          .isEqualTo("CANCELLED");
    }
  }

  @Test
  void unknownShipmentIs404() {
    given()
        .get("/api/v1/border-trade/shipments/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
