package vn.tradehub.gateway.sdmx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.tradehub.platform.openapi.ContractFilter;

/**
 * The gateway's document filter: the platform's ContractFilter, after it has added the SDMX
 * section, so that the SDMX operations get what every operation has (problem answers, request ids,
 * both security schemes; the merged document then adds the rate-limit headers). The section is
 * built here as a model because the variants of a query (trailing path parameters left off) share
 * their parameters and answers, which annotations cannot share.
 */
public class SdmxOpenApi extends ContractFilter {
  private static final String PROBLEM = "application/problem+json";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    OpenAPI sdmx = section();
    sdmx.getPaths().getPathItems().forEach(openAPI.getPaths()::addPathItem);
    openAPI.addTag(sdmx.getTags().get(0));
    super.filterOpenAPI(openAPI);
  }

  static OpenAPI section() {
    Paths paths = OASFactory.createPaths();
    String b = Sdmx.BASE;
    String full = "/{context}/{agencyID}/{resourceID}";
    paths.addPathItem(b + "/data" + full + "/{version}/{key}", get(data("sdmxData", true, true)));
    paths.addPathItem(b + "/data" + full + "/{version}", get(data("sdmxDataAllKeys", true, false)));
    paths.addPathItem(b + "/data" + full, get(data("sdmxDataAllVersions", false, false)));
    paths.addPathItem(
        b + "/availability" + full + "/{version}/{key}/{componentID}",
        get(availability("sdmxAvailability", 3)));
    paths.addPathItem(
        b + "/availability" + full + "/{version}/{key}",
        get(availability("sdmxAvailabilityAllComponents", 2)));
    paths.addPathItem(b + "/availability" + full, get(availability("sdmxAvailabilityAllKeys", 0)));
    paths.addPathItem(
        b + "/structure/{structureType}/{agencyID}/{resourceID}/{version}",
        get(structure("sdmxStructure", 3, false)));
    paths.addPathItem(
        b + "/structure/{structureType}/{agencyID}/{resourceID}",
        get(structure("sdmxStructureLatest", 2, false)));
    paths.addPathItem(
        b + "/structure/{structureType}/{agencyID}",
        get(structure("sdmxStructureOfAgency", 1, false)));
    paths.addPathItem(
        b + "/structure/{structureType}", get(structure("sdmxStructureOfType", 0, false)));
    paths.addPathItem(
        b + "/structure/{itemSchemeType}/{agencyID}/{resourceID}/{version}/{itemID}",
        get(structure("sdmxItems", 3, true)));
    paths.addPathItem(
        b + "/schema/{context}/{agencyID}/{resourceID}/{version}",
        get(
            notImplemented(
                "sdmxSchema",
                "Data validity (schema) queries",
                "context",
                "agencyID",
                "resourceID",
                "version")));
    paths.addPathItem(
        b + "/metadata/structure/{structureType}/{agencyID}/{resourceID}/{version}",
        get(
            notImplemented(
                "sdmxMetadata",
                "Reference metadata queries",
                "structureType",
                "agencyID",
                "resourceID",
                "version")));
    paths.addPathItem(
        b + "/registration/{context}/{agencyID}/{resourceID}/{version}",
        get(
            notImplemented(
                "sdmxRegistration",
                "Registration queries",
                "context",
                "agencyID",
                "resourceID",
                "version")));
    return OASFactory.createOpenAPI()
        .paths(paths)
        .addTag(OASFactory.createTag().name(SdmxDocs.TAG).description(SdmxDocs.TAG_DESCRIPTION));
  }

  private static PathItem get(Operation op) {
    return OASFactory.createPathItem().GET(op);
  }

  // ---- operations ---------------------------------------------------------------------------

  private static Operation operation(String id, String summary, String description) {
    return OASFactory.createOperation()
        .operationId(id)
        .summary(summary)
        .description(description)
        .addTag(SdmxDocs.TAG)
        .addSecurityRequirement(
            OASFactory.createSecurityRequirement().addScheme("Bearer", List.of()));
  }

  private static Operation data(String id, boolean version, boolean key) {
    Operation op =
        operation(
            id,
            "SDMX data query" + (key ? "" : version ? " (all keys)" : " (all versions and keys)"),
            SdmxDocs.DATA);
    op.addParameter(context(true));
    op.addParameter(agency());
    op.addParameter(resource());
    if (version) op.addParameter(version());
    if (key) op.addParameter(key());
    dataParameters().forEach(op::addParameter);
    conditionalHeaders().forEach(op::addParameter);
    op.responses(
        answers(
                content(
                    Sdmx.DATA_JSON,
                    object("An SDMX-JSON 2.1.0 data message (sdmx-json-data-schema.json)"),
                    SdmxDocs.JSON_EXAMPLE,
                    Sdmx.DATA_CSV,
                    text("An SDMX-CSV 2.1.0 data message, one row per observation"),
                    SdmxDocs.CSV_EXAMPLE))
            .addAPIResponse(
                "422", problem("updatedAfter is after asOf, or a parameter breaks a rule"))
            .addAPIResponse("501", problem("A parameter this service does not implement (sort)")));
    return op;
  }

  private static Operation availability(String id, int trailing) {
    Operation op =
        operation(
            id,
            "SDMX data availability query"
                + (trailing == 3 ? "" : trailing == 2 ? " (all components)" : " (all keys)"),
            SdmxDocs.AVAILABILITY);
    op.addParameter(context(false));
    op.addParameter(agency());
    op.addParameter(resource());
    if (trailing >= 2) {
      op.addParameter(version());
      op.addParameter(key());
    }
    if (trailing == 3)
      op.addParameter(
          path(
              "componentID",
              "Dimension ids (comma-separated), or * for every dimension",
              str(256, "^[A-Za-z0-9_*,\\-]+$"),
              "REF_AREA"));
    op.addParameter(filters());
    op.addParameter(
        instant("updatedAfter", "Only values of data changed after this instant (ISO 8601)"));
    op.addParameter(
        query(
            "mode",
            "exact (default): the values the data query returns; available: the values that could be"
                + " added to it",
            enumeration("exact", "available")));
    op.addParameter(
        query(
            "references",
            "Artefacts to add: none (default), all, datastructure, conceptscheme, codelist,"
                + " dataflow (comma-separated)",
            str(256, "^[a-z,]+$")));
    op.addParameter(yearStart());
    conditionalHeaders().forEach(op::addParameter);
    op.responses(
        answers(
            content(
                Sdmx.STRUCTURE_JSON,
                object("An SDMX-JSON 2.1.0 structure message with availabilityConstraints"),
                SdmxDocs.STRUCTURE_EXAMPLE)));
    return op;
  }

  private static Operation structure(String id, int trailing, boolean items) {
    Operation op =
        operation(
            id,
            items
                ? "SDMX item scheme query"
                : "SDMX structure query"
                    + (trailing == 3
                        ? ""
                        : trailing == 2
                            ? " (latest version)"
                            : trailing == 1 ? " (all of an agency)" : " (all of a type)"),
            SdmxDocs.STRUCTURE);
    op.addParameter(
        path(
            items ? "itemSchemeType" : "structureType",
            items
                ? "conceptscheme, codelist (others hold nothing here), or *"
                : "dataflow, datastructure, codelist, conceptscheme (others hold nothing here), or *",
            str(32, "^([a-z]+|\\*)$"),
            items ? "codelist" : "dataflow"));
    if (trailing >= 1) op.addParameter(agency());
    if (trailing >= 2) op.addParameter(resource());
    if (trailing >= 3) op.addParameter(version());
    if (items)
      op.addParameter(
          path(
              "itemID",
              "Item ids (comma-separated), or *",
              str(1024, "^[A-Za-z0-9_@$*,.\\-]+$"),
              "02@2025-06-30"));
    op.addParameter(
        query(
            "references",
            "none (default), parents, parentsandsiblings, ancestors, children, descendants, all, or"
                + " a type: codelist, conceptscheme, datastructure, dataflow (comma-separated)",
            str(256, "^[a-z,]+$")));
    op.addParameter(
        query(
            "detail",
            "full (default), allstubs, referencestubs, allcompletestubs, referencecompletestubs,"
                + " referencepartial, raw",
            enumeration(StructureService.DETAILS.toArray(String[]::new))));
    op.addParameter(instant("asOf", "Accepted; the structures change only with a release"));
    conditionalHeaders().forEach(op::addParameter);
    op.responses(
        answers(
            content(
                Sdmx.STRUCTURE_JSON,
                object("An SDMX-JSON 2.1.0 structure message"),
                SdmxDocs.STRUCTURE_EXAMPLE)));
    return op;
  }

  private static Operation notImplemented(String id, String what, String... pathParameters) {
    Operation op = operation(id, what + " (not implemented)", SdmxDocs.NOT_IMPLEMENTED);
    for (String p : pathParameters)
      op.addParameter(path(p, "As in the standard", str(256, "^[A-Za-z0-9_@$*+~,.\\-]+$"), null));
    op.responses(
        OASFactory.createAPIResponses()
            .addAPIResponse("501", problem("Not implemented by this service")));
    return op;
  }

  // ---- parameters ---------------------------------------------------------------------------

  private static Parameter context(boolean wildcard) {
    List<String> values =
        new ArrayList<>(List.of("datastructure", "dataflow", "provisionagreement"));
    if (wildcard) values.add("*");
    return path(
        "context",
        "What the data were reported against: dataflow, datastructure, provisionagreement"
            + (wildcard ? " or *" : ""),
        enumeration(values.toArray(String[]::new)),
        "dataflow");
  }

  private static Parameter agency() {
    return path("agencyID", "Agencies: VN-TQ-DOIT, or *", str(256, SdmxDocs.ID_LIST), Sdmx.AGENCY);
  }

  private static Parameter resource() {
    return path(
        "resourceID", "Artefact ids (comma-separated), or *", str(256, SdmxDocs.ID_LIST), "DF_IIP");
  }

  private static Parameter version() {
    return path(
        "version",
        "Version queries (querying_versions.md), comma-separated: 1.0.0, +, ~, *, 1.+.0, 1+.0.0",
        str(128, SdmxDocs.VERSIONS),
        "1.0.0");
  }

  private static Parameter key() {
    return path(
        "key",
        "Series keys (comma-separated), each the dimension values in key order joined by `.`; `*`"
            + " or an empty position for any value, `+` between values; `*` for every key",
        str(4096, SdmxDocs.KEY),
        "M.02@2025-06-30._T.PY.YTD");
  }

  private static Parameter filters() {
    return OASFactory.createParameter()
        .name("c")
        .in(Parameter.In.QUERY)
        .style(Parameter.Style.DEEPOBJECT)
        .explode(true)
        .description(
            "Filters by component: `c[TIME_PERIOD]=ge:2020-01+le:2020-12`,"
                + " `c[TRADE_FLOW]=EXPORT,IMPORT` (`,` is OR, `+` AND; operators eq ne lt le gt ge co nc"
                + " sw ew); once per component")
        .schema(
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .additionalPropertiesSchema(str(1024, null)));
  }

  private static List<Parameter> dataParameters() {
    return List.of(
        filters(),
        instant(
            "updatedAfter",
            "Only what was added, revised or deleted after this instant (ISO 8601; without an offset, Vietnam time)"),
        query(
            "firstNObservations",
            "At most this many observations per series, from the first",
            integer(1)),
        query(
            "lastNObservations",
            "At most this many observations per series, back from the latest",
            integer(1)),
        query(
            "dimensionAtObservation",
            "TIME_PERIOD (default: time series), AllDimensions (flat) or a dimension id (cross-sections)",
            str(64, "^[A-Za-z][A-Za-z0-9_-]*$")),
        query(
            "attributes",
            "dsd (default), msd, dataset, series, obs, all, none, or attribute ids (UNIT_MEASURE, UNIT_MULT, OBS_STATUS), comma-separated",
            str(256, "^[A-Za-z_,]+$")),
        query("measures", "all (default), none or OBS_VALUE", str(64, "^[A-Za-z_,]+$")),
        query(
            "includeHistory",
            "Every vintage: a Replace data set per dissemination and a Delete data set for what it deleted (default false)",
            OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))),
        query("offset", "Observations to skip (default 0)", integer(0)),
        query("limit", "At most this many observations", integer(1)),
        query("sort", "Not supported: 501", str(256, null)),
        instant("asOf", "The data as they were published at this instant (ISO 8601)"),
        yearStart());
  }

  private static Parameter yearStart() {
    return query(
        "reportingYearStartDay",
        "Accepted, no effect: every period here is Gregorian",
        str(7, "^--\\d{2}-\\d{2}$"));
  }

  private static List<Parameter> conditionalHeaders() {
    return List.of(
        header("Accept-Language", "vi (default) or en", str(256, null)),
        header(
            "If-None-Match",
            "An ETag of an earlier answer: 304 while it is current",
            str(1024, null)),
        header(
            "If-Modified-Since",
            "An HTTP-date or ISO 8601 date-time: 304 when nothing changed since (ignored with If-None-Match)",
            str(64, null)));
  }

  private static Parameter parameter(
      Parameter.In in, String name, String description, Schema schema) {
    return OASFactory.createParameter().name(name).in(in).description(description).schema(schema);
  }

  private static Parameter path(String name, String description, Schema schema, String example) {
    Parameter p = parameter(Parameter.In.PATH, name, description, schema).required(true);
    return example == null ? p : p.example(example);
  }

  private static Parameter query(String name, String description, Schema schema) {
    return parameter(Parameter.In.QUERY, name, description, schema);
  }

  private static Parameter instant(String name, String description) {
    return query(name, description, str(64, null)).example("2026-01-05T08:00:00+07:00");
  }

  private static Parameter header(String name, String description, Schema schema) {
    return parameter(Parameter.In.HEADER, name, description, schema);
  }

  // ---- schemas and answers ------------------------------------------------------------------

  private static Schema str(int max, String pattern) {
    Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(max);
    return pattern == null ? s : s.pattern(pattern);
  }

  private static Schema enumeration(String... values) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .enumeration(List.of((Object[]) values));
  }

  private static Schema integer(int min) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.INTEGER))
        .format("int32")
        .minimum(BigDecimal.valueOf(min))
        .maximum(BigDecimal.valueOf(DataQuery.MAX_OBSERVATIONS));
  }

  private static Schema object(String description) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.OBJECT))
        .description(description);
  }

  private static Schema text(String description) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description);
  }

  /** Media types with their schema and example, in (type, schema, example) triples. */
  private static Content content(Object... triples) {
    Content c = OASFactory.createContent();
    for (int i = 0; i < triples.length; i += 3) {
      Object example = triples[i + 2];
      if (((String) triples[i]).contains("json")) {
        try {
          example =
              new com.fasterxml.jackson.databind.ObjectMapper()
                  .readValue((String) example, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
      c.addMediaType(
          (String) triples[i],
          OASFactory.createMediaType().schema((Schema) triples[i + 1]).example(example));
    }
    return c;
  }

  private static APIResponses answers(Content ok) {
    return OASFactory.createAPIResponses()
        .addAPIResponse(
            "200",
            OASFactory.createAPIResponse()
                .description("The answer")
                .content(ok)
                .addHeader(
                    "ETag", validator("A weak validator of the answer: send it in If-None-Match"))
                .addHeader(
                    "Last-Modified",
                    validator(
                        "The latest change the answer includes; also a safe next updatedAfter"))
                .addHeader("Content-Language", header("vi or en", 8))
                .addHeader("Vary", header("The request headers the answer depends on", 128))
                .addHeader("Cache-Control", header("no-cache: revalidate with the validators", 64)))
        .addAPIResponse(
            "204",
            OASFactory.createAPIResponse()
                .description("Nothing matches the query")
                .addHeader("ETag", validator("A weak validator of the answer"))
                .addHeader("Last-Modified", validator("The latest change of the queried data")))
        .addAPIResponse(
            "304",
            OASFactory.createAPIResponse()
                .description("The client's copy (If-None-Match, If-Modified-Since) is current")
                .addHeader("ETag", validator("A weak validator of the answer"))
                .addHeader("Last-Modified", validator("The latest change of the queried data")));
  }

  private static Header validator(String description) {
    return header(description, 64);
  }

  private static Header header(String description, int max) {
    return OASFactory.createHeader().description(description).schema(str(max, null));
  }

  private static APIResponse problem(String description) {
    return OASFactory.createAPIResponse()
        .description(description)
        .content(
            OASFactory.createContent()
                .addMediaType(
                    PROBLEM,
                    OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
  }
}
