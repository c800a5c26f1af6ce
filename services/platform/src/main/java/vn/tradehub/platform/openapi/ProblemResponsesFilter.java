package vn.tradehub.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so each operation lists every status it
 * can return without repeating them in annotations: 400 (malformed), 401 and 403 (secured
 * operations), 413 and 415 (operations with a body), 500. Operation-specific ones (404, 409, 412,
 * 422, 428) are declared on the operations themselves.
 */
public class ProblemResponsesFilter implements OASFilter {
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
      components.addSchema("Problem", problemSchema());
      components.addSchema("FieldError", fieldErrorSchema());
    }
    components.addSecurityScheme(
        "ApiKey",
        OASFactory.createSecurityScheme()
            .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.APIKEY)
            .in(org.eclipse.microprofile.openapi.models.security.SecurityScheme.In.HEADER)
            .name("Authorization")
            .description(
                "An API key, sent as `ApiKey <key>` (type the word ApiKey, a space, then the key)."));
    if (openAPI.getPaths() == null) return;
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/api/")) continue;
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().getOperations().entrySet()) {
        describeSecurity(op.getValue());
        addStandardProblems(op.getValue());
      }
    }
  }

  /** Offers the API key beside the bearer token, and states the roles in the description. */
  private static void describeSecurity(Operation operation) {
    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) return;
    java.util.List<String> roles = new java.util.ArrayList<>();
    java.util.List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement>
        alternatives = new java.util.ArrayList<>();
    for (var requirement : operation.getSecurity()) {
      java.util.List<String> scopes = requirement.getScheme("Bearer");
      if (scopes != null) {
        roles.addAll(scopes);
        alternatives.add(OASFactory.createSecurityRequirement().addScheme("ApiKey", scopes));
      }
    }
    alternatives.forEach(operation::addSecurityRequirement);
    String who =
        roles.isEmpty()
            ? "any authenticated client"
            : String.join(", ", new java.util.TreeSet<>(roles));
    String description =
        operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
    operation.setDescription(description + "**Roles:** " + who + ".");
  }

  private static void addStandardProblems(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    add(
        responses,
        "400",
        "Malformed request: unreadable body, wrong types or unknown fields (listed in `errors`)");
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (secured) {
      add(responses, "401", "No valid identity (see the WWW-Authenticate header)");
      add(responses, "403", "The identity lacks the role or gate scope this operation needs");
    }
    if (operation.getRequestBody() != null) {
      add(responses, "413", "Body larger than the configured limit");
      add(responses, "415", "Content-Type not supported by this operation");
    }
    add(responses, "500", "Unexpected error; the body carries only the request id to quote");
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) return;
    APIResponse r =
        OASFactory.createAPIResponse().description(description).content(problemContent());
    responses.addAPIResponse(status, r);
  }

  public static Content problemContent() {
    MediaType media =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
    return OASFactory.createContent().addMediaType("application/problem+json", media);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(java.util.List.of(Schema.SchemaType.OBJECT))
        .description("RFC 9457 problem details (application/problem+json)")
        .addProperty("type", string("URI reference of the problem type", "/problems/validation"))
        .addProperty("title", string("Short summary", "Request validation failed"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.INTEGER))
                .examples(java.util.List.of(422)))
        .addProperty(
            "detail",
            string(
                "What went wrong in this request",
                "hsCode: 6-digit prefix 999999 is not in the HS nomenclature"))
        .addProperty("instance", string("The request path", "/api/v1/border-trade/shipments"))
        .addProperty(
            "requestId",
            string(
                "Correlation id, also in X-Request-Id and the logs",
                "6f1c2a0e-8d1b-4c55-9a43-3d1f2f4e9b10"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.ARRAY))
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .type(java.util.List.of(Schema.SchemaType.OBJECT))
        .addProperty("field", string("JSON path of the field, or CSV column", "hsCode"))
        .addProperty(
            "message",
            string("What is wrong", "6-digit prefix 999999 is not in the HS nomenclature"))
        .addProperty("rejectedValue", OASFactory.createSchema().description("The value sent"))
        .addProperty(
            "row",
            OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.INTEGER))
                .description("1-based data row of a batch upload"));
  }

  private static Schema string(String description, String example) {
    return OASFactory.createSchema()
        .type(java.util.List.of(Schema.SchemaType.STRING))
        .description(description)
        .examples(java.util.List.of(example));
  }
}
