package vn.tradehub.industry.it;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;

/** Small helpers shared by the integration tests. */
final class Api {
  static final String REPORTS = "/api/v1/industry/production-reports/";

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Api() {}

  /** A JSON body with exact decimals (rest-assured's paths read them as floats). */
  static com.fasterxml.jackson.databind.JsonNode tree(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The JSON of a GET that must answer 200, with exact decimals. */
  static com.fasterxml.jackson.databind.JsonNode get(String url) {
    return tree(given().get(url).then().statusCode(200).extract().asString());
  }

  /** The sum of a decimal field over the items of an array (units, groups, contributions). */
  static BigDecimal sum(com.fasterxml.jackson.databind.JsonNode items, String field) {
    BigDecimal sum = BigDecimal.ZERO;
    for (com.fasterxml.jackson.databind.JsonNode i : items)
      sum = sum.add(i.path(field).decimalValue());
    return sum;
  }

  static RequestSpecification json() {
    return given().contentType("application/json");
  }

  /**
   * PUTs a production report ({@code taxCode/period}) without precondition; the answer to check.
   */
  static ValidatableResponse fileReport(String taxCodeAndPeriod, String body) {
    return json().body(body).put(REPORTS + taxCodeAndPeriod).then();
  }

  /**
   * A location history in the former Tuyên Quang (which has no demo figures before 2024): Thị trấn
   * Sơn Dương until the reform, then Xã Sơn Dương, which took it in whole.
   */
  static final String SON_DUONG =
      "[{\"unitCode\":\"02536\",\"validFrom\":null,\"validTo\":\"2025-06-30\"},"
          + "{\"unitCode\":\"02536\",\"validFrom\":\"2025-07-01\",\"validTo\":null}]";

  /** Registers an enterprise (needs an ADMIN identity on the calling test). */
  static void enterprise(String taxCode, String mainClass) {
    enterprise(taxCode, mainClass, SON_DUONG);
  }

  /** Registers an enterprise with this location history (JSON). */
  static void enterprise(String taxCode, String mainClass, String locations) {
    json()
        .body(
            "{\"name\":\"Công ty TNHH Kiểm thử "
                + taxCode
                + "\",\"locations\":"
                + locations
                + ",\"clusterCode\":null,\"mainVsicClass\":\""
                + mainClass
                + "\"}")
        .put("/api/v1/industry/enterprises/" + taxCode)
        .then()
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));
  }

  static String report(String status, String product, long quantity, long valueCurrent) {
    return "{\"status\":\""
        + status
        + "\",\"lines\":[{\"productCode\":\""
        + product
        + "\",\"quantity\":"
        + quantity
        + ",\"outputValueCurrentVnd\":"
        + valueCurrent
        + ",\"outputValueConstantVnd\":"
        + (valueCurrent * 8 / 10)
        + "}]}";
  }
}
