package vn.tradehub.bordertrade;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.bordertrade.shipment.ShipmentSheets;
import vn.tradehub.platform.testing.RealInfraResource;

@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestSecurity(user = "customs-ha-giang", roles = "CUSTOMS")
class ListExportTest {

  @Test
  void filtersPagesAndCsvExport() {
    String decl = Lines.newDeclaration();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      Map<String, Object> l = Lines.line("PHO_BANG", decl, i, "2013-0" + (i % 3 + 1) + "-1" + i);
      l.put("partnerCountry", "LA");
      l.put("flow", i % 2 == 0 ? "IMPORT" : "EXPORT");
      lines.add(l);
    }
    Shipments.postBatch(lines).statusCode(200);

    var first =
        given()
            .queryParam("gate", "PHO_BANG")
            .queryParam("partner", "LA")
            .queryParam("flow", "EXPORT")
            .queryParam("limit", 3)
            .get("/api/v1/border-trade/shipments");
    first
        .then()
        .statusCode(200)
        .body("items", hasSize(3))
        .body("items.flow", org.hamcrest.Matchers.everyItem(equalTo("EXPORT")));
    String next = first.jsonPath().getString("next");
    assertThat(first.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
    given()
        .urlEncodingEnabled(false)
        .get(next)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("next", nullValue());

    given()
        .queryParam("hsPrefix", "0902")
        .queryParam("from", "2013-02-01")
        .queryParam("to", "2013-02-28")
        .queryParam("partner", "LA")
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(200)
        .body(
            "items.declaredOn",
            org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.startsWith("2013-02")));

    String csv =
        given()
            .accept("text/csv")
            .queryParam("gate", "PHO_BANG")
            .queryParam("partner", "LA")
            .queryParam("limit", 2)
            .get("/api/v1/border-trade/shipments")
            .then()
            .statusCode(200)
            .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
            .extract()
            .asString();
    String[] rows = csv.trim().split("\r\n");
    // The whole selection whatever the page size, in the batch sheet's columns.
    assertThat(rows[0]).isEqualTo(String.join(",", ShipmentSheets.CSV_COLUMNS));
    assertThat(rows).hasSize(8);
    assertThat(java.util.Arrays.stream(rows).skip(1).map(r -> r.split(",")[3]))
        .isSorted(); // declaredOn order
    assertThat(csv).contains("Chè xanh Shan tuyết đóng bao 30kg – loại đặc biệt");

    given().queryParam("limit", 5000).get("/api/v1/border-trade/shipments").then().statusCode(422);
    given()
        .queryParam("after", "not-a-cursor!")
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(400);
    given()
        .queryParam("after", vn.tradehub.platform.web.Cursors.encode("2013-01-01", "not-a-uuid"))
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(400);
    given()
        .queryParam("flow", "SIDEWAYS")
        .get("/api/v1/border-trade/shipments")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("flow"));
  }

  /**
   * The CSV export is a batch sheet: uploading it again creates nothing and replays every line,
   * whatever the lines hold (a CNY value, no net weight, an amendment, a cancellation, a comma and
   * quotes in the description).
   */
  @Test
  void anExportedCsvUploadedAgainAsABatchReplaysEveryLine() {
    String decl = Lines.newDeclaration();
    List<Map<String, Object>> lines = new ArrayList<>();
    for (int i = 1; i <= 5; i++) lines.add(Lines.line("NGHIA_THUAN", decl, i, "2021-08-0" + i));
    lines.get(1).put("value", Map.of("amount", 6543.21, "currency", "CNY"));
    lines.get(2).remove("netWeightKg");
    lines.get(3).put("description", "Quả \"la hán\", sấy khô; bao 25 kg");
    lines.get(4).put("unit", "TNE");
    lines.get(4).put("quantity", 12.345);
    var batch =
        Shipments.postBatch(lines).statusCode(200).body("created", equalTo(5)).extract().jsonPath();
    String first = "/api/v1/border-trade/shipments/" + batch.getString("lines[0].id");
    Shipments.amend(first, 0, Lines.with(lines.get(0), "quantity", 11000)).statusCode(200);
    String last = "/api/v1/border-trade/shipments/" + batch.getString("lines[4].id");
    given().header("If-Match", "\"0\"").delete(last).then().statusCode(200);

    String csv =
        given()
            .accept("text/csv")
            .queryParam("gate", "NGHIA_THUAN")
            .queryParam("from", "2021-08-01")
            .queryParam("to", "2021-08-05")
            .get("/api/v1/border-trade/shipments")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", ShipmentSheets.CSV_COLUMNS));
    assertThat(csv).contains("6543.21,CNY").contains("11000.000");
    Shipments.postSheet(csv)
        .statusCode(200)
        .body("created", equalTo(0))
        .body("replayed", equalTo(5))
        .body("rejected", equalTo(0))
        .body("lines.outcome", org.hamcrest.Matchers.everyItem(equalTo("REPLAYED")))
        .body("lines[0].id", equalTo(batch.getString("lines[0].id")));
  }
}
