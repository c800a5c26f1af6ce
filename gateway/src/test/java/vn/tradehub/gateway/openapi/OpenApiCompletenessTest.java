package vn.tradehub.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.routing.GatewayTestResource;
import vn.tradehub.gateway.routing.ServiceProxy;

/**
 * The merged document cannot drift from the services, the routes or the gateway's own endpoints.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class OpenApiCompletenessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonNode merged() throws Exception {
    return document(given(), "/q/openapi");
  }

  /** The OpenAPI document at path, as JSON. */
  private static JsonNode document(RequestSpecification request, String path) throws Exception {
    return JSON.readTree(
        request
            .queryParam("format", "json")
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray());
  }

  private static List<String> operations(JsonNode doc) {
    List<String> ops = new ArrayList<>();
    doc.path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m -> {
                          if (List.of("get", "put", "post", "delete", "patch").contains(m))
                            ops.add(m.toUpperCase() + " " + p.getKey());
                        }));
    return ops;
  }

  @Test
  void everyServiceOperationIsInTheMergedDocumentOnceAndNothingClashes() throws Exception {
    JsonNode merged = merged();
    assertThat(merged.path("openapi").asText()).startsWith("3.");
    Map<String, ObjectNode> services = MergedOpenApi.serviceDocuments();
    for (var e : services.entrySet()) {
      assertThat(operations(merged))
          .as("operations of %s", e.getKey())
          .containsAll(operations(e.getValue()));
    }
    // The running border-trade service serves the same operations as the document packed in the
    // gateway.
    JsonNode live =
        document(
            given()
                .baseUri(GatewayTestResource.borderTrade.url())
                .port(GatewayTestResource.borderTrade.port()),
            "/q/openapi");
    assertThat(operations(merged)).containsAll(operations(live));
    ObjectNode own = (ObjectNode) document(given(), "/q/openapi-gateway");
    MergedOpenApi.Merged check = MergedOpenApi.merge(own, services);
    assertThat(check.conflicts()).as("duplicated operations or clashing schemas").isEmpty();
    assertThat(merged.path("components").path("securitySchemes").has("ApiKey")).isTrue();
    assertThat(merged.path("components").path("securitySchemes").has("Bearer")).isTrue();
  }

  @Test
  void everyRouteIsDocumented() throws Exception {
    JsonNode merged = merged();
    List<String> documented = operations(merged);
    ServiceProxy proxy = Arc.container().instance(ServiceProxy.class).get();
    for (var d : proxy.downstreams()) {
      assertThat(documented)
          .as("routed prefix of %s", d.name())
          .anyMatch(op -> op.contains("/api/v1/" + d.name() + "/"));
    }
    for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
      Class<?> type = bean.getBeanClass();
      Path root = type.getAnnotation(Path.class);
      if (root == null || !type.getPackageName().startsWith("vn.tradehub")) continue;
      for (Method m : type.getMethods()) {
        String verb =
            m.isAnnotationPresent(GET.class)
                ? "GET"
                : m.isAnnotationPresent(POST.class)
                    ? "POST"
                    : m.isAnnotationPresent(PUT.class)
                        ? "PUT"
                        : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
        if (verb == null) continue;
        Path sub = m.getAnnotation(Path.class);
        String path =
            (root.value() + (sub == null ? "" : "/" + sub.value()))
                .replaceAll("//+", "/")
                .replaceAll("/$", "");
        assertThat(documented).as("gateway endpoint %s %s", verb, path).contains(verb + " " + path);
      }
    }
  }

  @Test
  void operationsShowTheRolesTheyNeed() throws Exception {
    JsonNode post = merged().path("paths").path("/api/v1/border-trade/shipments").path("post");
    assertThat(post.path("description").asText()).contains("**Roles:**").contains("CUSTOMS");
    assertThat(post.path("security").toString()).contains("ApiKey").contains("Bearer");
  }

  /**
   * The merged document and each service's pass Spectral's OpenAPI rules, the public (merged) one
   * also the OWASP API Security rules, and the AsyncAPI document passes the AsyncAPI CLI: 0 errors
   * each, under the rulesets committed in deploy/contract.
   */
  @Test
  void theContractsPassTheStandardValidators() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of("target/contract").toAbsolutePath();
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Path mergedFile = dir.resolve("openapi-merged.json");
    JSON.writerWithDefaultPrettyPrinter().writeValue(mergedFile.toFile(), merged());
    List<String> documents = new ArrayList<>(List.of(mergedFile.toString()));
    for (var e : MergedOpenApi.serviceDocuments().entrySet()) {
      java.nio.file.Path f = dir.resolve("openapi-" + e.getKey() + ".json");
      JSON.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), e.getValue());
      documents.add(f.toString());
    }
    ContractTools.Result r = null;
    for (String document : documents) {
      // OWASP applies to the public (merged) document: the rate limit and CORS it asks for are
      // the gateway's, not a service's.
      for (String ruleset :
          document.equals(mergedFile.toString())
              ? List.of("oas.spectral.yaml", "owasp.spectral.yaml")
              : List.of("oas.spectral.yaml")) {
        r = ContractTools.run("spectral", "lint", "-r", ruleset, "-F", "error", document);
        assertThat(r.exitCode()).as("%s on %s:%n%s", ruleset, document, r.output()).isZero();
      }
    }
    r =
        ContractTools.run(
            "asyncapi",
            "validate",
            ContractTools.repoRoot()
                .resolve("services/contracts/src/main/resources/asyncapi/asyncapi.yaml")
                .toString(),
            "--fail-severity=error");
    assertThat(r.exitCode()).as("AsyncAPI CLI:%n%s", r.output()).isZero();
  }

  @Test
  void operationIdsAreUniqueAndTheLicenceIsNamedBySpdx() throws Exception {
    JsonNode merged = merged();
    List<String> ids = new ArrayList<>();
    merged.path("paths").forEach(p -> p.forEach(op -> ids.add(op.path("operationId").asText())));
    assertThat(ids).doesNotContain("").doesNotHaveDuplicates();
    assertThat(ids).contains("shipmentCreate");
    assertThat(merged.path("info").path("license").path("name").asText()).isEqualTo("Apache-2.0");
    assertThat(merged.path("info").path("license").path("url").asText())
        .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0");
    assertThat(merged.path("components").path("schemas").has("JsonNode")).isFalse();
  }

  /**
   * Every success body of every operation has an example a reader (and Swagger UI) can show: one on
   * the media type, or one on every leaf of its schema (enums, booleans and formatted strings speak
   * for themselves).
   */
  @Test
  void everySuccessBodyHasAnExample() throws Exception {
    JsonNode merged = merged();
    List<String> missing = new ArrayList<>();
    merged
        .path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            op.getValue()
                                .path("responses")
                                .fields()
                                .forEachRemaining(
                                    r -> {
                                      if (!r.getKey().startsWith("2")) return;
                                      JsonNode media =
                                          r.getValue().path("content").path("application/json");
                                      if (media.isMissingNode()
                                          || media.has("example")
                                          || media.has("examples")) return;
                                      String at = op.getKey() + " " + p.getKey() + " " + r.getKey();
                                      Examples.missing(
                                          merged,
                                          media.path("schema"),
                                          at,
                                          new java.util.HashSet<>(),
                                          missing);
                                    })));
    assertThat(missing).as("body fields without an example").isEmpty();
  }
}
