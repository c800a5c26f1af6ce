package vn.tradehub.commerce.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** With demo data enabled the service starts with 2019-2021 loaded once, through the services. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
@TestProfile(DemoDataTest.Demo.class)
@TestSecurity(user = "dashboard", roles = "READER")
class DemoDataTest {
  public static class Demo implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("tradehub.demo.enabled", "true");
    }
  }

  @Inject DemoLoader loader;

  @Test
  void demoIsLoadedOnceAndPlausible() {
    assertThat(loader.load()).as("a second load is skipped").isFalse();

    JsonPath summary =
        given().get("/api/v1/commerce/summary").then().statusCode(200).extract().jsonPath();
    assertThat(summary.getString("latestPeriod")).isEqualTo("2021-12");
    assertThat(summary.getString("status")).isEqualTo("ESTIMATED");
    assertThat(new BigDecimal(summary.getString("retailYtdChangePct")))
        .isBetween(new BigDecimal("10.3"), new BigDecimal("11.3"));
    assertThat(summary.getLong("activeMarkets")).isEqualTo(DemoFigures.markets().size());
    // Loaded through the services, as the demo loader: the figures say who recorded them.
    assertThat(
            given().get("/api/v1/commerce/cpi/2021-03").then().extract().<String>path("recordedBy"))
        .isEqualTo("demo-loader");
    assertThat(
            given()
                .get("/api/v1/commerce/retail-reports/MEO_VAC/2021-03")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .extract()
                .<String>path("recordedBy"))
        .isEqualTo("demo-loader");
    assertThat(
            given()
                .get("/api/v1/commerce/markets/CHO_TP_HA_GIANG")
                .then()
                .extract()
                .<String>path("updatedBy"))
        .isEqualTo("demo-loader");

    JsonPath y2020 =
        given()
            .get("/api/v1/commerce/retail-sales?from=2020-01&to=2020-12&groupBy=category")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(y2020.getInt("reportCount")).isEqualTo(11 * 12);
    assertThat(y2020.getString("status")).isEqualTo("FINAL");
    assertThat(
            new BigDecimal(
                y2020.getString("groups.find { it.category == 'RETAIL_GOODS' }.changePct")))
        .isPositive();
    assertThat(new BigDecimal(y2020.getString("groups.find { it.category == 'TRAVEL' }.changePct")))
        .isLessThan(new BigDecimal("-40"));
    JsonPath constant =
        given()
            .get("/api/v1/commerce/retail-sales?from=2021-01&to=2021-12&prices=CONSTANT")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(constant.getList("missingCpi")).isEmpty();
    assertThat(new BigDecimal(constant.getString("total.changePct")))
        .isLessThan(new BigDecimal(summary.getString("retailYtdChangePct")));
    System.out.printf(
        "demo: 2021 YTD %s đồng (%s%%), 2021 at constant 2010 prices %s%%%n",
        summary.getString("retailYtdVnd"),
        summary.getString("retailYtdChangePct"),
        constant.getString("total.changePct"));
  }
}
