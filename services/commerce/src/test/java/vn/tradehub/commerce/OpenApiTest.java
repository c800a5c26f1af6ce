package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/** Every operation is documented: summary, description, tag, and problem responses. */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class OpenApiTest {
  @Test
  @SuppressWarnings("unchecked")
  void everyOperationHasSummaryDescriptionTagAndProblems() {
    JsonPath doc =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    assertThat(paths)
        .containsKeys(
            "/api/v1/commerce/retail-reports/{districtCode}/{period}",
            "/api/v1/commerce/cpi/{period}",
            "/api/v1/commerce/retail-sales",
            "/api/v1/commerce/markets",
            "/api/v1/commerce/markets/summary",
            "/api/v1/commerce/summary",
            "/api/v1/commerce/districts");
    paths.forEach(
        (path, ops) ->
            ops.forEach(
                (method, op) -> {
                  if (!path.startsWith("/api/v1/commerce")) return; // the platform adds its own
                  if (!(op instanceof Map)) return;
                  String where = method + " " + path;
                  assertThat(op.get("summary")).as(where).isNotNull();
                  assertThat(op.get("description")).as(where).isNotNull();
                  assertThat((List<String>) op.get("tags")).as(where).isNotEmpty();
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) op.get("responses");
                  assertThat(responses).as(where).containsKey("401");
                  responses.forEach(
                      (status, r) -> {
                        Map<String, Object> content = (Map<String, Object>) r.get("content");
                        // Quarkus adds bare 401/403 entries to secured operations on its own.
                        if (content == null && (status.equals("401") || status.equals("403")))
                          return;
                        assertThat(content).as(where + " " + status).isNotNull();
                        if (status.startsWith("4"))
                          assertThat(content)
                              .as(where + " " + status)
                              .containsKey("application/problem+json");
                        // Problem responses come from the platform's filter, by the operation's
                        // kind, with the Problem schema; success bodies carry our examples.
                        if (status.startsWith("2")) {
                          content
                              .values()
                              .forEach(
                                  c ->
                                      assertThat(((Map<String, Object>) c).get("examples"))
                                          .as(where + " " + status + " examples")
                                          .isNotNull());
                        }
                      });
                }));
  }
}
