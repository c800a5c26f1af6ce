package vn.tradehub.commerce;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * The commerce document: the one HTTP shape of every resource as the platform's filter derives it
 * (summaries, security, 201 beside 200, CSV beside JSON), and schemas that carry examples and say
 * where real answers are null.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class OpenApiTest {
  static final String API = "/api/v1/commerce";

  private static JsonPath document() throws Exception {
    String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    Files.writeString(Path.of("target/commerce-openapi.json"), json); // for a reader to lint
    return new JsonPath(json);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyResourceHasTheOneShape() throws Exception {
    JsonPath doc = document();
    Map<String, Map<String, Object>> paths = doc.getMap("paths");
    for (String list : List.of("retail-categories", "ownership-sectors", "markets", "cpi")) {
      String one = list.equals("cpi") ? "/{period}" : "/{code}";
      assertThat(paths.get(API + "/" + list)).as(list).containsOnlyKeys("get");
      assertThat(paths.get(API + "/" + list + one)).as(list).containsOnlyKeys("get", "put");
      assertThat(paths.get(API + "/" + list + one + "/revisions")).as(list).containsKey("get");
    }
    assertThat(paths)
        .containsKeys(
            API + "/retail-reports",
            API + "/retail-reports/{unitCode}/{period}",
            API + "/retail-reports/{unitCode}/{period}/revisions",
            API + "/retail-sales",
            API + "/markets/summary",
            API + "/summary",
            API + "/audit");

    Set<String> ids = new HashSet<>();
    paths.forEach(
        (path, ops) ->
            ops.forEach(
                (method, o) -> {
                  if (!path.startsWith(API) || !(o instanceof Map)) return;
                  Map<String, Object> op = (Map<String, Object>) o;
                  String where = method + " " + path;
                  assertThat(ids.add((String) op.get("operationId"))).as(where).isTrue();
                  assertThat((String) op.get("summary")).as(where).isNotBlank().contains(" ");
                  assertThat((List<String>) op.get("tags")).as(where).isNotEmpty();
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) op.get("responses");
                  assertThat(responses).as(where).containsKeys("200", "400", "401", "403");
                  Map<String, Object> ok =
                      (Map<String, Object>) responses.get("200").get("content");
                  if (method.equals("put")) {
                    // Every PUT here may create: 201 with Location beside 200, same body.
                    assertThat(responses).as(where).containsKeys("201", "412", "428");
                    assertThat(responses.get("201").get("content")).as(where).isEqualTo(ok);
                    assertThat((Map<String, Object>) responses.get("201").get("headers"))
                        .as(where)
                        .containsKeys("Location", "ETag");
                  }
                  boolean list =
                      ((List<Map<String, Object>>) op.getOrDefault("parameters", List.of()))
                          .stream().anyMatch(p -> "after".equals(p.get("name")));
                  if (list) assertThat(ok).as(where).containsKeys("application/json", "text/csv");
                  // Examples live on the schemas (Swagger UI builds bodies from them).
                  assertThat(json(ok)).as(where).doesNotContain("\"examples\"");
                }));
    assertThat(paths.get(API + "/markets"))
        .as("markets are created by PUT")
        .doesNotContainKey("post");
    // The units are the geography library's: commerce keeps no list of districts.
    assertThat(paths).doesNotContainKeys(API + "/districts", API + "/districts/{code}");
    // Figures are asked for a territory, in the one textual form.
    for (String figures : List.of(API + "/retail-sales", API + "/summary", API + "/markets")) {
      List<Map<String, Object>> parameters =
          (List<Map<String, Object>>)
              ((Map<String, Object>) paths.get(figures).get("get")).get("parameters");
      assertThat(parameters)
          .as(figures)
          .anySatisfy(
              p -> {
                assertThat(p.get("name")).isIn("territory", "unit");
                assertThat(json(p)).contains("@YYYY-MM-DD");
              });
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void commerceSchemasCarryExamplesAndDeclareTheirNulls() throws Exception {
    Map<String, Map<String, Object>> schemas = document().getMap("components.schemas");
    for (String name :
        List.of(
            "ReferenceItem",
            "ReferenceItemRequest",
            "Market",
            "MarketRequest",
            "MarketSummary",
            "Cpi",
            "CpiRequest",
            "RetailReport",
            "RetailReportRequest",
            "RetailReportLineView",
            "RetailSales",
            "RetailSalesFigure",
            "RetailSalesYearToDate",
            "RetailSalesGroup",
            "CommerceSummary",
            "AdminUnitRef")) {
      Map<String, Map<String, Object>> properties =
          (Map<String, Map<String, Object>>) schemas.get(name).get("properties");
      assertThat(properties).as(name).isNotEmpty();
      properties.forEach(
          (field, schema) -> {
            String s = json(schema);
            boolean described =
                schema.containsKey("example")
                    || schema.containsKey("$ref")
                    || s.contains("\"$ref\"")
                    || schema.containsKey("allOf");
            assertThat(described).as(name + "." + field + " has an example: " + s).isTrue();
          });
    }
    // Fields that real answers carry as null say so.
    for (String field :
        List.of(
            "Market.managementModelSince",
            "MarketSummary.convertedSharePct",
            "RetailSales.status",
            "RetailSalesFigure.valueVnd",
            "RetailSalesFigure.previousYearVnd",
            "RetailSalesFigure.changePct",
            "RetailSalesYearToDate.status",
            "RetailSalesGroup.status",
            "CommerceSummary.latestPeriod",
            "CommerceSummary.retailYtdChangePct",
            "AdminUnitRef.validFrom",
            "AdminUnitRef.validTo",
            "MarketSummary.territory")) {
      String[] f = field.split("\\.");
      Map<String, Object> schema =
          ((Map<String, Map<String, Object>>) schemas.get(f[0]).get("properties")).get(f[1]);
      assertThat(json(schema)).as(field).contains("\"nullable\":true");
    }
  }

  private static String json(Object o) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
