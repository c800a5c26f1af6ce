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
    given()
        .contentType("application/json")
        .body(lines)
        .post("/api/v1/border-trade/shipments/batch")
        .then()
        .statusCode(200);

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
    // The whole selection whatever the page size, in the JSON's fields (nested ones flattened).
    assertThat(rows[0])
        .startsWith("id,gateCode,declarationNumber,lineNumber,declaredOn,flow,tradeForm,hsCode")
        .contains(",value.amount,value.currency,")
        .contains(",exchangeRate.unitsPerUsd,exchangeRate.source,status,version,");
    assertThat(rows).hasSize(8);
    assertThat(java.util.Arrays.stream(rows).skip(1).map(r -> r.split(",")[4]))
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
}
