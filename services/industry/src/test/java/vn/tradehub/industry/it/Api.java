package vn.tradehub.industry.it;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

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

  static RequestSpecification json() {
    return given().contentType("application/json");
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
