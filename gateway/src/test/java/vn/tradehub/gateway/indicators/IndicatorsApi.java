package vn.tradehub.gateway.indicators;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.Map;

/** The province's indicators as the tests read them, by their code. */
public final class IndicatorsApi {
  private IndicatorsApi() {}

  /** {@code GET /api/v1/province/indicators?query}, which must answer 200. */
  public static JsonPath indicators(String query) {
    return given()
        .when()
        .get("/api/v1/province/indicators?" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  public static Map<String, Object> indicator(JsonPath json, String code) {
    return json.getList("indicators.findAll { it.code == '" + code + "' }", Map.class).get(0);
  }

  public static BigDecimal dec(Object v) {
    return v == null ? null : new BigDecimal(v.toString());
  }
}
