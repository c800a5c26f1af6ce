package vn.tradehub.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.tradehub.platform.idempotency.Idempotency;
import vn.tradehub.platform.web.RequestIds;

/**
 * The one place where the document learns what every operation shares, so resources do not restate
 * it. From the operation's kind (secured, has a body, produces a body, addresses a resource,
 * conditional, creatable on its key, a list, retried with Idempotency-Key) it derives the standard
 * problem responses, the success variants (201 with Location beside 200 for a PUT that may create,
 * CSV beside JSON for a list) and the headers each answer carries (ETag on every versioned body,
 * Link on lists, Idempotent-Replayed, X-Request-Id), each with its schema. It also adds the ApiKey
 * scheme beside the bearer token, readable operationIds, the licence (SPDX id and URL), length
 * bounds of strings whose format already bounds them, and words the summaries of the inherited
 * code-list operations with their tag.
 */
public class ContractFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";
  private static final String CSV = "text/csv";

  /** The headers this API sends, by name, each documented once under components.headers. */
  static final Map<String, Header> HEADERS =
      Map.of(
          "ETag",
          header("The resource's version; send it back in If-Match", str(64), "\"3\""),
          "Location",
          header("URL of the resource", str(2048).format("uri-reference"), null),
          "Idempotent-Replayed",
          header(
              "true when this is the stored answer to an earlier identical request",
              OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN)),
              true),
          "X-Aggregation-Completed",
          header(
              "false when some of the parts did not answer in time (they are listed as missing)",
              OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN)),
              true),
          "Link",
          header("RFC 8288 links, rel=next for the next page", str(4096), null),
          "Retry-After",
          header("Seconds to wait before retrying", integer(0, 86400), 5),
          "WWW-Authenticate",
          header("The schemes this API accepts", str(256), null),
          "X-Request-Id",
          header(
              "The request's correlation id (the caller's, when it sent a sane one): quote it",
              str(128),
              "6f1c2a0e-8d1b-4c55-9a43-3d1f2f4e9b10"),
          "Content-Disposition",
          header("attachment; filename=... for CSV downloads", str(256), null));

  /** Problem statuses and what each means, in the order they are listed. */
  private static final Map<String, String> MEANING =
      Map.ofEntries(
          Map.entry(
              "400",
              "Malformed request: missing or unreadable body, wrong types, unknown fields or bad"
                  + " parameters (listed in `errors`)"),
          Map.entry("401", "No valid identity (see the WWW-Authenticate header)"),
          Map.entry("403", "The identity lacks the role or gate scope this operation needs"),
          Map.entry("404", "No such resource (or not visible to this identity)"),
          Map.entry("406", "None of the media types in Accept can be produced"),
          Map.entry(
              "409",
              "Conflict: the key exists with other content, or a request with the same"
                  + " Idempotency-Key is still in flight (Retry-After)"),
          Map.entry("412", "If-Match does not match the current version (ETag has the current)"),
          Map.entry("413", "Body larger than the configured limit"),
          Map.entry("415", "Content-Type not supported by this operation"),
          Map.entry(
              "422",
              "The body breaks a rule (every field listed in `errors`), or an Idempotency-Key"
                  + " was reused with another body"),
          Map.entry("422-parameters", "A parameter breaks a rule (each listed in `errors`)"),
          Map.entry("428", "If-Match is required: read the resource and send its ETag"),
          Map.entry("500", "Unexpected error; the body carries only the request id to quote"),
          Map.entry(
              "503", "A dependency (database) is unreachable for now; retry after Retry-After"));

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
    HEADERS.forEach(components::addHeader);
    components.addSecurityScheme(
        "ApiKey",
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name("Authorization")
            .description(
                "An API key, sent as `ApiKey <key>` (type the word ApiKey, a space, then the key)."));
    if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null)
      // OpenAPI 3.0 has no license.identifier: the SPDX id is the name, with the licence's URL.
      openAPI
          .getInfo()
          .getLicense()
          .name("Apache-2.0")
          .url("https://www.apache.org/licenses/LICENSE-2.0");
    if (components.getSchemas() != null) {
      Components all = components;
      all.getSchemas().values().forEach(sc -> inlineScalarRefs(all, sc));
      components.getSchemas().values().forEach(this::bound);
    }
    if (openAPI.getPaths() == null) return;
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith("/api/")) continue;
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().getOperations().entrySet()) {
        Operation operation = op.getValue();
        operation.setOperationId(operationId(operation.getOperationId()));
        if (operation.getSummary() == null) summarise(op.getKey(), path.getKey(), operation);
        describeSecurity(operation);
        addSuccessVariants(op.getKey(), operation);
        addStandardProblems(path.getKey(), operation);
        documentHeaders(operation);
        addStandardHeaders(components, operation);
        if (operation.getParameters() != null) {
          operation.getParameters().forEach(p -> bound(p.getSchema()));
          operation.getParameters().forEach(ContractFilter::sayCaseInsensitive);
        }
      }
    }
  }

  /** {@code ShipmentResource_create} (the CLASS_METHOD strategy) becomes {@code shipmentCreate}. */
  static String operationId(String generated) {
    if (generated == null) return null;
    int sep = generated.indexOf('_');
    if (sep < 0) return generated;
    String type = generated.substring(0, sep).replaceFirst("Resource$", "");
    String method = generated.substring(sep + 1);
    return type.substring(0, 1).toLowerCase(Locale.ROOT)
        + type.substring(1)
        + method.substring(0, 1).toUpperCase(Locale.ROOT)
        + method.substring(1);
  }

  /**
   * An operation of a standard kind without a summary of its own (the inherited code-list
   * operations, most lists) is worded from its tag: "Industrial clusters: read one".
   */
  private static void summarise(PathItem.HttpMethod method, String path, Operation operation) {
    if (operation.getTags() == null || operation.getTags().isEmpty()) return;
    String what =
        switch (method) {
          case GET ->
              hasQueryParameter(operation, "after")
                  ? "list"
                  : path.endsWith("/revisions")
                      ? "revisions of one"
                      : path.endsWith("}") ? "read one" : "read";
          case PUT ->
              hasHeader(operation, "If-None-Match") ? "create or replace one" : "replace one";
          case DELETE -> "delete one";
          case POST -> "create one";
          default -> method.name().toLowerCase(Locale.ROOT);
        };
    operation.setSummary(operation.getTags().get(0) + ": " + what);
  }

  /**
   * A PUT that may create (it takes If-None-Match) answers 201 with Location as well as 200; a list
   * (it takes {@code after}) offers text/csv, whose body is CSV text, not the JSON page.
   */
  private static void addSuccessVariants(PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) return;
    APIResponse ok = responses.getAPIResponse("200");
    if (method == PathItem.HttpMethod.PUT
        && hasHeader(operation, "If-None-Match")
        && ok != null
        && !responses.hasAPIResponse("201")) {
      responses.addAPIResponse(
          "201",
          OASFactory.createAPIResponse()
              .description("Created")
              .content(ok.getContent())
              .addHeader("Location", ref("Location")));
      if (ok.getDescription() == null || ok.getDescription().equals("OK"))
        ok.setDescription("Replaced, or already as requested");
    }
    if (hasQueryParameter(operation, "after") && ok != null) {
      ok.addHeader("Link", ref("Link"));
      if (ok.getContent() != null && ok.getContent().getMediaType(CSV) != null) {
        ok.getContent()
            .addMediaType(
                CSV,
                OASFactory.createMediaType()
                    .schema(
                        str(Integer.MAX_VALUE)
                            .description(
                                "RFC 4180 CSV with a header row: every row of the selection"
                                    + " (not one page), a column per field, nested fields as"
                                    + " `value.amount`")));
        ok.addHeader("Content-Disposition", ref("Content-Disposition"));
      }
    }
    if (hasHeader(operation, "Idempotency-Key")) {
      for (String status : List.of("200", "201")) {
        APIResponse r = responses.getAPIResponse(status);
        if (r != null) r.addHeader(Idempotency.REPLAYED_HEADER, ref(Idempotency.REPLAYED_HEADER));
      }
      APIResponse created = responses.getAPIResponse("201");
      if (created != null) created.addHeader("Location", ref("Location"));
    }
  }

  /**
   * Every answer carries X-Request-Id; a success whose body is a versioned resource (its schema has
   * a {@code version}) carries that version as ETag, as {@code Saved} sends it.
   */
  private static void addStandardHeaders(Components components, Operation operation) {
    for (Map.Entry<String, APIResponse> r : operation.getResponses().getAPIResponses().entrySet()) {
      APIResponse response = r.getValue();
      if (response.getRef() != null) continue;
      response.addHeader(RequestIds.HEADER, ref(RequestIds.HEADER));
      if (r.getKey().equals("201") || r.getKey().equals("202"))
        response.addHeader("Location", ref("Location"));
      if (r.getKey().startsWith("2") && versioned(components, response))
        response.addHeader("ETag", ref("ETag"));
    }
  }

  private static boolean versioned(Components components, APIResponse response) {
    if (response.getContent() == null) return false;
    MediaType json = response.getContent().getMediaType("application/json");
    if (json == null || json.getSchema() == null) return false;
    Schema schema = json.getSchema();
    if (schema.getRef() != null && components.getSchemas() != null) {
      String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
      schema = components.getSchemas().get(name);
    }
    return schema != null
        && schema.getProperties() != null
        && schema.getProperties().containsKey("version");
  }

  private static boolean hasQueryParameter(Operation operation, String name) {
    if (operation.getParameters() == null) return false;
    for (Parameter p : operation.getParameters())
      if (p.getIn() == Parameter.In.QUERY && name.equals(p.getName())) return true;
    return false;
  }

  /** Enum parameters are read case-insensitively (LenientParams); the document says so. */
  private static void sayCaseInsensitive(Parameter p) {
    if (p.getSchema() == null || p.getSchema().getEnumeration() == null) return;
    String d = p.getDescription() == null ? "" : p.getDescription() + " ";
    if (!d.contains("case-insensitive")) p.setDescription(d + "(case-insensitive)");
  }

  /** Offers the API key beside the bearer token, and states the roles in the description. */
  private static void describeSecurity(Operation operation) {
    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) return;
    TreeSet<String> roles = new TreeSet<>();
    for (var requirement : operation.getSecurity()) {
      List<String> scopes = requirement.getScheme("Bearer");
      if (scopes != null) roles.addAll(scopes);
    }
    // OpenAPI 3.0: a bearer or API-key requirement lists no scopes, so the roles go to x-roles
    // (for tools) and to the description (for readers).
    operation.setSecurity(
        new ArrayList<>(
            List.of(
                OASFactory.createSecurityRequirement().addScheme("Bearer", List.of()),
                OASFactory.createSecurityRequirement().addScheme("ApiKey", List.of()))));
    if (!roles.isEmpty()) operation.addExtension("x-roles", new ArrayList<>(roles));
    String who = roles.isEmpty() ? "any authenticated client" : String.join(", ", roles);
    String description =
        operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
    operation.setDescription(description + "**Roles:** " + who + ".");
  }

  private static void addStandardProblems(String path, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    boolean body = operation.getRequestBody() != null;
    boolean conditional = hasHeader(operation, "If-Match");
    List<String> statuses = new ArrayList<>(List.of("400"));
    if (secured) statuses.addAll(List.of("401", "403"));
    if (path.contains("{")) statuses.add("404");
    if (producesBody(responses)) statuses.add("406");
    if (hasHeader(operation, "Idempotency-Key")) statuses.add("409");
    if (conditional) statuses.addAll(List.of("412", "428"));
    if (body) statuses.addAll(List.of("413", "415", "422"));
    statuses.addAll(List.of("500", "503"));
    for (String status : statuses) {
      if (responses.hasAPIResponse(status)) continue;
      responses.addAPIResponse(
          status,
          OASFactory.createAPIResponse()
              .description(MEANING.get(status))
              .content(problemContent()));
    }
    if (!body && constrainedParameters(operation) && !responses.hasAPIResponse("422"))
      responses.addAPIResponse(
          "422",
          OASFactory.createAPIResponse()
              .description(MEANING.get("422-parameters"))
              .content(problemContent()));
    // Problem responses always carry the problem schema and the headers their status implies.
    for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
      String status = r.getKey();
      if (!status.matches("[45]\\d\\d")) continue;
      APIResponse response = r.getValue();
      if (response.getRef() != null) continue;
      if (response.getContent() == null
          || response.getContent().getMediaType("application/problem+json") == null
          || response.getContent().getMediaType("application/problem+json").getSchema() == null)
        response.setContent(problemContent());
      if (status.equals("401")) response.addHeader("WWW-Authenticate", ref("WWW-Authenticate"));
      if (status.equals("412") || status.equals("428")) response.addHeader("ETag", ref("ETag"));
      if (status.equals("409") || status.equals("503"))
        response.addHeader("Retry-After", ref("Retry-After"));
    }
  }

  private static boolean producesBody(APIResponses responses) {
    return responses.getAPIResponses().entrySet().stream()
        .anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null);
  }

  /** Parameters with bounds are checked by Bean Validation, which answers 422. */
  private static boolean constrainedParameters(Operation operation) {
    if (operation.getParameters() == null) return false;
    for (Parameter p : operation.getParameters()) {
      Schema s = p.getSchema();
      if (s != null
          && (s.getMaxLength() != null
              || s.getPattern() != null
              || s.getMinimum() != null
              || s.getMaximum() != null)) return true;
    }
    return false;
  }

  private static boolean hasHeader(Operation operation, String name) {
    if (operation.getParameters() == null) return false;
    for (Parameter p : operation.getParameters())
      if (p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName())) return true;
    return false;
  }

  /** Headers named by resources get their shared definition (with its schema) by reference. */
  private static void documentHeaders(Operation operation) {
    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
      if (response.getHeaders() == null) continue;
      for (Map.Entry<String, Header> h : Map.copyOf(response.getHeaders()).entrySet()) {
        Header header = h.getValue();
        if (header.getRef() != null || header.getSchema() != null) continue;
        if (HEADERS.containsKey(h.getKey())) response.addHeader(h.getKey(), ref(h.getKey()));
        else header.setSchema(str(256));
      }
    }
  }

  /**
   * A property that wraps a scalar schema ({@code allOf: [$ref LocalDate]}, an enum) to add a
   * description or {@code nullable} gets the scalar's own keywords instead: in OpenAPI 3.0 the
   * referenced schema, not nullable itself, would refuse the {@code null} the code answers, and a
   * bound hidden behind a reference is invisible to the lint.
   */
  private static void inlineScalarRefs(Components components, Schema schema) {
    if (schema == null) return;
    if (schema.getProperties() != null) {
      for (Schema property : schema.getProperties().values()) {
        inlineScalar(components, property);
        inlineScalarRefs(components, property);
      }
    }
    if (schema.getItems() != null) {
      inlineScalar(components, schema.getItems());
      inlineScalarRefs(components, schema.getItems());
    }
  }

  private static void inlineScalar(Components components, Schema property) {
    // smallrye models a nullable reference as anyOf [$ref, {type: null}], which its 3.0 writer
    // turns into allOf [$ref] + nullable; a reference with a description is a plain $ref.
    String ref = property.getRef();
    boolean nullable =
        property.getType() != null && property.getType().contains(Schema.SchemaType.NULL);
    if (ref == null && property.getAnyOf() != null && property.getAnyOf().size() == 2) {
      ref = property.getAnyOf().get(0).getRef();
      Schema other = property.getAnyOf().get(1);
      if (other.getType() == null || !other.getType().equals(List.of(Schema.SchemaType.NULL)))
        return;
      nullable = true;
    }
    if (ref == null || components.getSchemas() == null) return;
    if (!nullable && property.getDescription() == null && property.getExamples() == null) return;
    Schema target = components.getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    if (target == null || target.getType() == null) return;
    boolean object =
        target.getType().contains(Schema.SchemaType.OBJECT)
            || target.getType().contains(Schema.SchemaType.ARRAY);
    if (object && !nullable) return; // a described object stays a reference
    property.setRef(null);
    property.setAnyOf(null);
    if (object) {
      // A nullable object is written out in place: 3.0 cannot say "this reference or null".
      property.setProperties(target.getProperties());
      property.setRequired(target.getRequired());
      property.setItems(target.getItems());
    }
    List<Schema.SchemaType> type = new ArrayList<>(target.getType());
    if (nullable && !type.contains(Schema.SchemaType.NULL)) type.add(Schema.SchemaType.NULL);
    property.setType(type);
    if (target.getFormat() != null) property.setFormat(target.getFormat());
    if (target.getPattern() != null) property.setPattern(target.getPattern());
    if (target.getMaxLength() != null) property.setMaxLength(target.getMaxLength());
    if (target.getEnumeration() != null) {
      List<Object> values = new ArrayList<>(target.getEnumeration());
      if (nullable && !values.contains(null)) values.add(null);
      property.setEnumeration(values);
    }
  }

  /**
   * Strings whose format already bounds them get that bound as maxLength: the parser refuses
   * anything longer (a date has at most 16 characters with a 9-digit signed year, a UUID 36).
   */
  private void bound(Schema schema) {
    if (schema == null || schema.getRef() != null) return;
    if (schema.getType() != null
        && schema.getType().contains(Schema.SchemaType.STRING)
        && schema.getMaxLength() == null
        && schema.getFormat() != null) {
      Integer max =
          switch (schema.getFormat()) {
            case "date" -> 16;
            case "date-time" -> 48;
            case "uuid" -> 36;
            case "time" -> 24;
            default -> null;
          };
      if (max != null) schema.setMaxLength(max);
    }
    if (schema.getProperties() != null) schema.getProperties().values().forEach(this::bound);
    bound(schema.getItems());
  }

  public static Content problemContent() {
    MediaType media =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
    return OASFactory.createContent().addMediaType("application/problem+json", media);
  }

  private static Header ref(String name) {
    return OASFactory.createHeader().ref("#/components/headers/" + name);
  }

  private static Header header(String description, Schema schema, Object example) {
    Header h = OASFactory.createHeader().description(description).schema(schema);
    return example == null ? h : h.example(example);
  }

  private static Schema str(int maxLength) {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(maxLength);
  }

  private static Schema integer(long min, long max) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.INTEGER))
        .format("int64")
        .minimum(java.math.BigDecimal.valueOf(min))
        .maximum(java.math.BigDecimal.valueOf(max));
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description("RFC 9457 problem details (application/problem+json)")
        .addProperty("type", string("URI reference of the problem type", "/problems/validation"))
        .addProperty("title", string("Short summary", "Request validation failed"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER))
                .format("int32")
                .minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599))
                .examples(List.of(422)))
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
                .type(List.of(Schema.SchemaType.ARRAY))
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
        .required(List.of("type", "title", "status"));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .addProperty("field", string("JSON path of the field, or CSV column", "hsCode"))
        .addProperty(
            "message",
            string("What is wrong", "6-digit prefix 999999 is not in the HS nomenclature"))
        .addProperty("rejectedValue", OASFactory.createSchema().description("The value sent"))
        .addProperty(
            "row",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER))
                .format("int32")
                .description("1-based data row of a batch upload"));
  }

  private static Schema string(String description, String example) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description)
        .examples(List.of(example));
  }
}
