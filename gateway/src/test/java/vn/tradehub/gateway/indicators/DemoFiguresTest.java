package vn.tradehub.gateway.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.tradehub.gateway.indicators.IndicatorsApi.dec;
import static vn.tradehub.gateway.indicators.IndicatorsApi.indicator;
import static vn.tradehub.gateway.indicators.IndicatorsApi.indicators;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.OwnKafkaProfile;
import vn.tradehub.platform.testing.RealInfraResource;
import vn.tradehub.platform.testing.ServiceProcess;

/**
 * The published 2020 estimates, end to end: the real industry, commerce and border-trade services,
 * started from their jars with their demo data, publish their events; the gateway's read model
 * consumes them and {@code /indicators?year=2020} shows IIP −9.16 %, output value 6,181.4 billion
 * VND (−1.08 %) and exports 242 million USD (−38.38 %).
 */
@QuarkusTest
@TestProfile(OwnKafkaProfile.class) // a broker of its own: other tests' events must not count
class DemoFiguresTest {
  static ServiceProcess industry;
  static ServiceProcess commerce;
  static ServiceProcess borderTrade;

  @BeforeAll
  static void startServices() {
    Map<String, String> demo =
        Map.of(
            "TRADEHUB_DEMO_ENABLED",
            "true",
            "KAFKA_BOOTSTRAP_SERVERS",
            RealInfraResource.ownBroker().bootstrap());
    industry = ServiceProcess.start("services/industry", demo);
    commerce = ServiceProcess.start("services/commerce", demo);
    borderTrade = ServiceProcess.start("services/border-trade", demo);
  }

  @AfterAll
  static void stopServices() {
    for (ServiceProcess p : new ServiceProcess[] {borderTrade, commerce, industry})
      if (p != null) p.close();
  }

  @Test
  @TestSecurity(user = "staff", roles = "READER")
  void the2020EstimatesAsPublished() {
    // the industry demo loads in about a minute; its 2020-12 indicators come last
    await()
        .atMost(Duration.ofMinutes(6))
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              JsonPath j = indicators("year=2020");
              assertThat(indicator(j, "IIP").get("period")).isEqualTo("2020-12");
              assertThat(dec(indicator(j, "IIP").get("change"))).isEqualByComparingTo("-9.16");
              assertThat(dec(indicator(j, "OUTPUT_VALUE").get("value")))
                  .isEqualByComparingTo("6181.4");
              assertThat(dec(indicator(j, "OUTPUT_VALUE").get("change")))
                  .isEqualByComparingTo("-1.08");
              assertThat(dec(indicator(j, "EXPORT_TURNOVER").get("value")))
                  .isEqualByComparingTo("242");
              assertThat(dec(indicator(j, "EXPORT_TURNOVER").get("change")))
                  .isEqualByComparingTo("-38.38");
            });
    String body = given().get("/api/v1/province/indicators?year=2020").then().extract().asString();
    try {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target", "indicators-2020.json"),
          body); // kept as a build artifact
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    JsonPath j = JsonPath.from(body);
    assertThat(j.getString("indicators.find { it.code == 'IIP' }.status"))
        .isIn("ESTIMATED", "PRELIMINARY", "FINAL");
    assertThat(j.getString("indicators.find { it.code == 'EXPORT_TURNOVER' }.status"))
        .isEqualTo("FINAL");
    assertThat(j.getList("indicators.find { it.code == 'EXPORT_TURNOVER' }.sources"))
        .containsExactly("border-trade");
  }

  /**
   * Every write operation of the merged document, called with an empty body, answers a 400 problem
   * that says so: none of them reads a null body into a 500. The services' operations are called on
   * the services themselves (this gateway routes to no service here), the gateway's on the gateway.
   */
  @Test
  @TestSecurity(user = "staff", roles = "ADMIN")
  void everyWriteOperationRefusesAnEmptyBody() throws Exception {
    com.fasterxml.jackson.databind.JsonNode doc =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(given().queryParam("format", "json").get("/q/openapi").asByteArray());
    java.util.List<String> wrong = new java.util.ArrayList<>();
    int checked = 0;
    for (var path :
        (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
            doc.path("paths")::fields) {
      for (var op :
          (Iterable<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
              path.getValue()::fields) {
        com.fasterxml.jackson.databind.JsonNode body = op.getValue().path("requestBody");
        if (body.isMissingNode()) continue;
        String mediaType = body.path("content").fieldNames().next();
        String url = path.getKey();
        for (com.fasterxml.jackson.databind.JsonNode p : op.getValue().path("parameters")) {
          if (p.path("in").asText().equals("path"))
            url = url.replace("{" + p.path("name").asText() + "}", sample(p));
        }
        var request = given().contentType(mediaType).body(new byte[0]);
        ServiceProcess service =
            url.startsWith("/api/v1/industry/")
                ? industry
                : url.startsWith("/api/v1/commerce/")
                    ? commerce
                    : url.startsWith("/api/v1/border-trade/") ? borderTrade : null;
        if (service != null)
          request =
              request
                  .baseUri("http://127.0.0.1")
                  .port(service.port())
                  .auth()
                  .oauth2(
                      vn.tradehub.platform.testing.TestKeys.serviceToken(
                          "staff", java.util.Set.of("ADMIN"), java.util.Set.of()));
        var response = request.request(op.getKey().toUpperCase(java.util.Locale.ROOT), url);
        checked++;
        if (response.statusCode() != 400
            || !response.contentType().startsWith("application/problem+json")
            || !response.asString().contains("missing or empty"))
          wrong.add(
              op.getKey() + " " + url + " -> " + response.statusCode() + " " + response.asString());
      }
    }
    assertThat(checked).as("write operations with a body").isGreaterThan(10);
    assertThat(wrong).as("empty bodies not refused with a 400 problem").isEmpty();
  }

  /** A path parameter value the route accepts: its example, a UUID, a year, or a code. */
  private static String sample(com.fasterxml.jackson.databind.JsonNode parameter) {
    if (parameter.has("example")) return parameter.path("example").asText();
    com.fasterxml.jackson.databind.JsonNode schema = parameter.path("schema");
    if ("uuid".equals(schema.path("format").asText()))
      return java.util.UUID.randomUUID().toString();
    if ("integer".equals(schema.path("type").asText())) return "2021";
    String name = parameter.path("name").asText();
    if (name.equals("period")) return "2020-12";
    if (name.equals("taxCode")) return "5101001859";
    return "EMPTY-BODY";
  }
}
