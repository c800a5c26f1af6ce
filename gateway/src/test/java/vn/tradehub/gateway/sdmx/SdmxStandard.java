package vn.tradehub.gateway.sdmx;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The standard's own texts as test oracles: every SDMX exchange of the tests is validated against
 * the official sdmx-rest.yaml (with swagger-request-validator, as the platform's contract checks
 * validate ours), and every SDMX-JSON message against the official JSON Schemas (networknt, format
 * assertions on). The gateway's own document validates the same exchanges besides (the platform's
 * ContractValidation).
 */
final class SdmxStandard {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2019_09,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Schema DATA = schema("sdmx-json-data-schema.json");
  private static final Schema STRUCTURE = schema("sdmx-json-structure-schema.json");

  /** sdmx-rest.yaml, with the gateway's entry point as its base path. */
  private static final OpenApiInteractionValidator REST =
      OpenApiInteractionValidator.createForInlineApiSpecification(text("sdmx-rest.yaml"))
          .withBasePathOverride(Sdmx.BASE)
          .withLevelResolver(
              LevelResolver.create()
                  // identities come from @TestSecurity, which sends no header
                  .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                  // The document gives every body the schema {type: string}: opaque text, which a
                  // JSON body (an object) can never be; the messages are checked against the
                  // SDMX-JSON schemas instead (dataMessage, structureMessage).
                  .withLevel("validation.response.body.schema.type", ValidationReport.Level.IGNORE)
                  .build())
          .build();

  static final Filter EXCHANGES = new Exchanges();

  private SdmxStandard() {}

  /** A request whose exchange is checked against sdmx-rest.yaml. */
  static RequestSpecification sdmx() {
    return given().filter(EXCHANGES);
  }

  /** Parses an SDMX-JSON data message and checks it against the official schema. */
  static JsonNode dataMessage(String body) {
    return valid(DATA, body, "data");
  }

  static JsonNode structureMessage(String body) {
    return valid(STRUCTURE, body, "structure");
  }

  private static JsonNode valid(Schema schema, String body, String kind) {
    try {
      JsonNode node = JSON.readTree(body);
      List<Error> errors = schema.validate(node);
      assertThat(errors)
          .as("the SDMX-JSON %s message breaks the official schema:%n%s", kind, abbreviate(body))
          .isEmpty();
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Exchanges implements Filter {
    @Override
    public Response filter(
        FilterableRequestSpecification request,
        FilterableResponseSpecification responseSpec,
        FilterContext ctx) {
      Response response = ctx.next(request, responseSpec);
      ValidationReport report =
          REST.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
      List<ValidationReport.Message> errors =
          report.getMessages().stream()
              .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
              // The document describes no error body; ours are RFC 9457 problems (the platform's),
              // which the gateway's own document describes and its validator checks.
              .filter(
                  m ->
                      !(response.getStatusCode() >= 400
                          && m.getKey().equals("validation.response.body.unexpected")))
              .toList();
      List<ValidationReport.Message> aboutResponse =
          errors.stream().filter(m -> !m.getKey().startsWith("validation.request")).toList();
      String exchange =
          request.getMethod() + " " + request.getURI() + " -> " + response.getStatusCode();
      assertThat(aboutResponse)
          .as(
              "sdmx-rest.yaml does not describe the answer to %s:%n%s",
              exchange, describe(aboutResponse))
          .isEmpty();
      if (errors.size() > aboutResponse.size())
        assertThat(response.getStatusCode())
            .as("sdmx-rest.yaml refuses the request %s:%n%s", exchange, describe(errors))
            .isGreaterThanOrEqualTo(400);
      return response;
    }
  }

  private static String describe(List<ValidationReport.Message> messages) {
    return messages.stream()
        .map(m -> "  - [" + m.getKey() + "] " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }

  private static Schema schema(String name) {
    try (InputStream in = resource(name)) {
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in =
        SdmxStandard.class.getClassLoader().getResourceAsStream("sdmx-standard/" + name);
    if (in == null) throw new IllegalStateException("sdmx-standard/" + name + " is missing");
    return in;
  }

  private static String abbreviate(String s) {
    return s.length() < 1500 ? s : s.substring(0, 1500) + "...";
  }
}
