package vn.tradehub.bordertrade.shipment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.bordertrade.config.BorderTradeConfig;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.idempotency.Idempotency;
import vn.tradehub.platform.idempotency.StoredResponse;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Cursors;
import vn.tradehub.platform.web.Page;

@Path("/api/v1/border-trade/shipments")
@Tag(
    name = "Shipments",
    description = "Declaration lines posted by customs offices and border gates")
public class ShipmentResource {
  static final String EXAMPLE =
      "{\"gateCode\":\"THANH_THUY\",\"declarationNumber\":\"304512345610\",\"lineNumber\":1,\"declaredOn\":\"2020-03-05\","
          + "\"flow\":\"EXPORT\",\"tradeForm\":\"OFFICIAL\",\"hsCode\":\"09022090\",\"description\":\"Chè xanh Shan tuyết đóng bao 30kg\","
          + "\"quantity\":12000,\"unit\":\"KGM\",\"netWeightKg\":12000,\"value\":{\"amount\":54000.00,\"currency\":\"USD\"},"
          + "\"partnerCountry\":\"CN\",\"transportMode\":\"ROAD\"}";
  static final String CSV_EXAMPLE =
      "gateCode,declarationNumber,lineNumber,declaredOn,flow,tradeForm,hsCode,description,quantity,unit,netWeightKg,valueAmount,valueCurrency,partnerCountry,transportMode\n"
          + "THANH_THUY,304512345610,1,2020-03-05,EXPORT,OFFICIAL,09022090,Chè xanh Shan tuyết đóng bao 30kg,12000,KGM,12000,54000.00,USD,CN,ROAD\n"
          + "THANH_THUY,304512345610,2,2020-03-05,EXPORT,OFFICIAL,08109010,Quả la hán tươi,3500,KGM,3500,112000.00,CNY,CN,ROAD\n";

  /** The platform's body limit (quarkus.http.limits.max-body-size=12M), in bytes. */
  static final int BODY_LIMIT = 12 * 1024 * 1024;

  private static final String WRITERS =
      "Customs (any gate) or a gate-scoped client (its own gates only).";

  private final ShipmentService service;
  private final Idempotency idempotency;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final BorderTradeConfig config;

  public ShipmentResource(
      ShipmentService service,
      Idempotency idempotency,
      Caller caller,
      ObjectMapper mapper,
      BorderTradeConfig config) {
    this.service = service;
    this.idempotency = idempotency;
    this.caller = caller;
    this.mapper = mapper;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Post one declaration line",
      description =
          WRITERS
              + " The natural key gateCode + declarationNumber + lineNumber is unique: posting an identical line again replays the"
              + " original 201 (header Idempotent-Replayed: true); posting different content under an existing key is 409 with"
              + " Location of the existing line. Idempotency-Key is honoured too (24 h; same key + different body is 422; a"
              + " request still in flight is 409). The value is converted to USD with the exchange rate valid on declaredOn."
              + " Server-owned fields (id, valueUsd, exchangeRate, status, version, recordedAt, recordedBy) are refused.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "tea-export", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Recorded (or replayed)",
      content = @Content(schema = @Schema(implementation = ShipmentResponse.class)),
      headers = {
        @Header(name = "Location"),
        @Header(name = "ETag"),
        @Header(name = "Idempotent-Replayed")
      })
  @APIResponse(
      responseCode = "409",
      description =
          "The line's key exists with other content (Location names the stored line: amend it"
              + " with PUT), or a request with this Idempotency-Key is still in flight",
      headers = @Header(name = "Location"))
  public Response create(
      @Parameter(
              description = "Optional; retries with the same key are answered once",
              example = "gate-tt-2020-03-05-0001")
          @HeaderParam(Idempotency.HEADER)
          @Size(max = Idempotency.MAX_KEY_LENGTH)
          String key,
      ShipmentRequest request) {
    Access access = Access.of(caller);
    return idempotency.execute(
        key,
        "POST /api/v1/border-trade/shipments " + access.by(),
        request,
        () -> {
          ShipmentService.Posted p = service.record(request, access);
          StoredResponse r =
              StoredResponse.of(201, ShipmentResponse.of(p.row(), access))
                  .withHeader("Location", location(p.row().id()))
                  .withHeader("ETag", Versions.etagHeader(p.row().version()));
          return p.outcome() == ShipmentService.Outcome.REPLAYED
              ? r.withHeader(Idempotency.REPLAYED_HEADER, "true")
              : r;
        });
  }

  /** The JSON shape of a page of lines (the platform's {@code Page<ShipmentResponse>}). */
  @Schema(name = "ShipmentPage")
  record ShipmentPage(
      List<ShipmentResponse> items,
      @Schema(
              description =
                  "Opaque cursor of the next page; pass it as `after`. Null on the last page",
              nullable = true)
          String nextCursor,
      @Schema(
              description =
                  "URL of the next page, also sent as a Link header with rel=next. Null on the last"
                      + " page",
              nullable = true)
          String next) {}

  /** Counts of a batch upload, and what happened to each line. */
  @Schema(name = "BatchResult")
  public record BatchResponse(
      @Schema(example = "9998") int created,
      @Schema(example = "2") int replayed,
      @Schema(example = "0") int rejected,
      List<Line> lines) {
    @Schema(name = "BatchLine")
    public record Line(
        @Schema(example = "1") int row,
        UUID id,
        @Schema(example = "CREATED") ShipmentService.Outcome outcome) {}
  }

  @POST
  @Path("/batch")
  @Consumes({Csv.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Upload a daily sheet of declaration lines",
      description =
          WRITERS
              + " Up to 10,000 lines per sheet, as text/csv (header row: gateCode,declarationNumber,lineNumber,declaredOn,flow,"
              + "tradeForm,hsCode,description,quantity,unit,netWeightKg,valueAmount,valueCurrency,partnerCountry,transportMode;"
              + " UTF-8 unless Content-Type names another charset; netWeightKg may be empty; see services/border-trade/examples/shipments-batch.csv) or as a JSON array of"
              + " lines. The body limit is 12 MB. All or nothing: if any row is invalid, or names an existing line with other"
              + " content, nothing is stored and one 422 problem lists every bad row (row numbers count data rows from 1)."
              + " Lines identical to stored ones are replayed, so re-sending a sheet creates nothing new.")
  @RequestBody(
      content = {
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = BODY_LIMIT),
            examples = @ExampleObject(name = "two-lines", value = CSV_EXAMPLE)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(
                    type = SchemaType.ARRAY,
                    implementation = ShipmentRequest.class,
                    maxItems = BorderTradeConfig.DEFAULT_BATCH_MAX_LINES),
            examples = @ExampleObject(name = "one-line", value = "[" + EXAMPLE + "]"))
      })
  @APIResponse(
      responseCode = "200",
      description = "Stored: counts of created and replayed lines, and each line's id")
  @APIResponse(
      responseCode = "422",
      description =
          "Rejected (type /problems/batch-rejected): every bad row with its row number, field and"
              + " message; or more lines than a sheet may carry")
  public BatchResponse batch(@HeaderParam("Content-Type") MediaType type, InputStream body) {
    ShipmentSheets.Sheet sheet =
        type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            ? ShipmentSheets.json(body, mapper, config.batchMaxLines())
            : ShipmentSheets.csv(body, charset(type), config.batchMaxLines());
    ShipmentService.BatchResult r =
        service.recordBatch(sheet.rows(), sheet.errors(), Access.of(caller));
    List<BatchResponse.Line> lines = new java.util.ArrayList<>(r.lines().size());
    for (int i = 0; i < r.lines().size(); i++)
      lines.add(
          new BatchResponse.Line(i + 1, r.lines().get(i).row().id(), r.lines().get(i).outcome()));
    return new BatchResponse(r.created(), r.replayed(), r.rejected(), lines);
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(
      summary = "Read a shipment line",
      description = "Cancelled lines stay readable. ETag carries the version for If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The line",
      content = @Content(schema = @Schema(implementation = ShipmentResponse.class)),
      headers = @Header(name = "ETag"))
  public Response get(@PathParam("id") UUID id) {
    Access access = Access.of(caller);
    ShipmentRow s = service.get(id, access);
    return Response.ok(ShipmentResponse.of(s, access)).tag(Versions.etag(s.version())).build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Amend a shipment line",
      description =
          WRITERS
              + " The whole line is sent again with its corrections; gateCode, declarationNumber and lineNumber cannot change."
              + " Requires If-Match. The amendment moves the line's figures in every total and is kept as a revision.")
  @RequestBody(
      content = @Content(examples = @ExampleObject(name = "corrected-quantity", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Amended; new ETag",
      content = @Content(schema = @Schema(implementation = ShipmentResponse.class)),
      headers = @Header(name = "ETag"))
  @APIResponse(responseCode = "409", description = "The line is cancelled")
  public Response amend(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") @Size(max = Versions.MAX_IF_MATCH_LENGTH) String ifMatch,
      ShipmentRequest request) {
    Access access = Access.of(caller);
    ShipmentRow s = service.amend(id, ifMatch, request, access);
    return Response.ok(ShipmentResponse.of(s, access)).tag(Versions.etag(s.version())).build();
  }

  @DELETE
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Cancel a shipment line",
      description =
          WRITERS
              + " Requires If-Match. The status becomes CANCELLED: the line leaves every total and stays readable.")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled line",
      content = @Content(schema = @Schema(implementation = ShipmentResponse.class)),
      headers = @Header(name = "ETag"))
  @APIResponse(responseCode = "409", description = "Already cancelled")
  @APIResponse(responseCode = "422", description = "If-Match longer than 256 characters")
  public Response cancel(
      @PathParam("id") UUID id,
      @HeaderParam("If-Match") @Size(max = Versions.MAX_IF_MATCH_LENGTH) String ifMatch) {
    Access access = Access.of(caller);
    ShipmentRow s = service.cancel(id, ifMatch, access);
    return Response.ok(ShipmentResponse.of(s, access)).tag(Versions.etag(s.version())).build();
  }

  @GET
  @Path("/{id}/revisions")
  @Produces(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(
      summary = "Revision history of a line",
      description =
          "Every revision, oldest first: who, when, which fields changed, and the line after it.")
  @APIResponse(responseCode = "200", description = "The revisions")
  public List<Revision> revisions(@PathParam("id") UUID id) {
    return service.revisions(id, Access.of(caller));
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Authenticated
  @Operation(
      summary = "List shipment lines",
      description =
          "Filters combine with AND. JSON answers are pages in (declaredOn, id) order: at most `limit` lines (default 100, max"
              + " 1000) and a `next` link (also a Link header) while more remain. With Accept: text/csv the whole selection is"
              + " streamed as CSV in the batch upload's columns plus id, valueUsd, status and version.")
  @APIResponse(
      responseCode = "200",
      description = "A page of lines, or the CSV export",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ShipmentPage.class)),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE))
      })
  @APIResponse(
      responseCode = "422",
      description = "Invalid filter or limit (every parameter listed in `errors`)")
  public Response list(
      @Parameter(example = "THANH_THUY") @QueryParam("gate") @Size(max = 40) String gate,
      @QueryParam("flow") Flow flow,
      @QueryParam("tradeForm") TradeForm tradeForm,
      @Parameter(description = "HS code prefix, 2 to 10 digits", example = "0902")
          @QueryParam("hsPrefix")
          @Size(max = 10)
          @Pattern(regexp = "^\\d{2,10}$", message = "2 to 10 digits")
          String hsPrefix,
      @Parameter(description = "Partner country, ISO 3166-1 alpha-2", example = "CN")
          @QueryParam("partner")
          @Size(max = 2)
          @Pattern(regexp = "^[A-Z]{2}$", message = "an ISO 3166-1 alpha-2 code such as CN")
          String partner,
      @Parameter(description = "First declaration date, inclusive", example = "2020-01-01")
          @QueryParam("from")
          LocalDate from,
      @Parameter(description = "Last declaration date, inclusive", example = "2020-12-31")
          @QueryParam("to")
          LocalDate to,
      @QueryParam("status") ShipmentStatus status,
      @Parameter(description = "Page size, 1 to 1000 (default 100)")
          @QueryParam("limit")
          @Min(1)
          @Max(Cursors.MAX_LIMIT)
          Integer limit,
      @Parameter(description = "Cursor from the previous page's `nextCursor`")
          @QueryParam("after")
          @Size(max = Cursors.MAX_CURSOR_LENGTH)
          String after,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
    Access access = Access.of(caller);
    ShipmentStore.Filter requested =
        new ShipmentStore.Filter(
            gate == null ? null : Set.of(gate),
            flow,
            tradeForm,
            hsPrefix,
            partner,
            from,
            to,
            status);
    ShipmentStore.Filter filter = service.scoped(requested, access);
    if (accept != null && accept.startsWith(Csv.MEDIA_TYPE)) {
      return Response.ok(service.export(filter, access), Csv.MEDIA_TYPE)
          .header("Content-Disposition", "attachment; filename=\"shipments.csv\"")
          .build();
    }
    int size = Cursors.limit(limit);
    LocalDate afterDate = null;
    UUID afterId = null;
    if (after != null) {
      String[] parts = Cursors.decode(after, 2);
      afterDate = LocalDate.parse(parts[0]);
      afterId = UUID.fromString(parts[1]);
    }
    List<ShipmentRow> rows = service.page(filter, afterDate, afterId, size + 1);
    boolean more = rows.size() > size;
    List<ShipmentRow> pageRows = more ? rows.subList(0, size) : rows;
    String cursor = null;
    String next = null;
    if (more) {
      ShipmentRow last = pageRows.get(pageRows.size() - 1);
      cursor = Cursors.encode(last.declaredOn().toString(), last.id().toString());
      next = uri.getRequestUriBuilder().replaceQueryParam("after", cursor).build().toString();
    }
    Response.ResponseBuilder b =
        Response.ok(
            new Page<>(
                pageRows.stream().map(r -> ShipmentResponse.of(r, access)).toList(), cursor, next),
            MediaType.APPLICATION_JSON);
    if (next != null) b.header("Link", "<" + next + ">; rel=\"next\"");
    return b.build();
  }

  /** The charset the client declared; UTF-8 when it declared none (RFC 7111 for text/csv). */
  private static java.nio.charset.Charset charset(MediaType type) {
    String name = type == null ? null : type.getParameters().get("charset");
    try {
      return name == null
          ? java.nio.charset.StandardCharsets.UTF_8
          : java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw vn.tradehub.platform.problem.Problems.malformed("Unknown charset " + name, List.of());
    }
  }

  static String location(UUID id) {
    return "/api/v1/border-trade/shipments/" + id;
  }
}
