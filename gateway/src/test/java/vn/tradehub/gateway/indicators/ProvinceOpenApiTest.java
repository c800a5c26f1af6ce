package vn.tradehub.gateway.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Every province operation is documented: summary, description, tag, its statuses (problems as
 * problem+json; the standard ones come from the platform's filter) and an example of each success.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class ProvinceOpenApiTest {
  @Test
  void everyProvinceOperationIsDocumented() {
    JsonPath doc =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
    List<String[]> expected =
        List.of(
            new String[] {"/api/v1/province/indicators", "get", "200,401,422"},
            new String[] {"/api/v1/province/series", "get", "200,401,422"},
            new String[] {"/api/v1/province/plans", "get", "200,401"},
            new String[] {"/api/v1/province/plans/{territory}/{year}", "get", "200,401,404,422"},
            new String[] {
              "/api/v1/province/plans/{territory}/{year}", "put", "200,201,400,401,403,412,422,428"
            },
            new String[] {
              "/api/v1/province/plans/{territory}/{year}/revisions", "get", "200,401,404"
            },
            new String[] {"/api/v1/province/read-model/rebuild", "post", "202,401,403"},
            new String[] {"/api/v1/province/read-model/status", "get", "200,401,403"},
            new String[] {"/api/v1/province/events", "get", "200,401"});
    for (String[] e : expected) {
      Map<String, Object> op = paths.get(e[0]).get(e[1]);
      assertThat(op).as(e[1] + " " + e[0]).isNotNull();
      assertThat((String) op.get("summary")).as("summary of " + e[0]).isNotBlank();

      assertThat((List<?>) op.get("tags")).as("tags of " + e[0]).isNotEmpty();
      Map<String, Map<String, Object>> responses =
          (Map<String, Map<String, Object>>) op.get("responses");
      for (String status : e[2].split(",")) {
        assertThat(responses).as(e[1] + " " + e[0] + " documents " + status).containsKey(status);
        Map<String, Map<String, Object>> content =
            (Map<String, Map<String, Object>>) responses.get(status).get("content");
        assertThat(content).as(e[0] + " " + status + " has a body").isNotNull();
        if (status.startsWith("4"))
          assertThat(content).as(e[0] + " " + status).containsKey("application/problem+json");
      }
    }
  }
}
