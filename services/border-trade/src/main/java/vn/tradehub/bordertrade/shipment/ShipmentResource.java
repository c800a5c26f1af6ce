package vn.tradehub.bordertrade.shipment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.bordertrade.config.BorderTradeConfig;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.idempotency.Idempotency;
import vn.tradehub.platform.idempotency.StoredResponse;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.IfMatch;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

@Path("/api/v1/border-trade/shipments")
@Tag(
    name = "Shipments",
    description =
        "Declaration lines posted by customs offices (any gate) and border gates (their own gates"
            + " only; another gate's lines are 404 to them). Readers see the figures, not who"
            + " posted them.")
public class ShipmentResource {
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
  private final Lists lists;

  public ShipmentResource(
      ShipmentService service,
      Idempotency idempotency,
      Caller caller,
      ObjectMapper mapper,
      BorderTradeConfig config,
      Lists lists) {
    this.service = service;
    this.idempotency = idempotency;
    this.caller = caller;
    this.mapper = mapper;
    this.config = config;
    this.lists = lists;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Shipments: post one declaration line",
      description =
          WRITERS
              + " The natural key gateCode + declarationNumber + lineNumber is unique: posting an"
              + " identical line again replays the original 201 (Idempotent-Replayed: true);"
              + " different content under an existing key is 409 with Location of the stored line"
              + " (amend it with PUT). Idempotency-Key is honoured too (24 h; the same key with"
              + " another body is 422). The value is converted to USD with the rate valid on"
              + " declaredOn. Server-owned fields (id, valueUsd, exchangeRate, status, version,"
              + " recordedAt, recordedBy) are refused.")
  @APIResponse(
      responseCode = "201",
      description = "Recorded, or the replay of an identical line",
      content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
  public Response create(
      @Parameter(
              description = "Optional; retries with the same key are answered once",
              example = "gate-tt-2020-03-05-0001")
          @HeaderParam(Idempotency.HEADER)
          @Size(max = Idempotency.MAX_KEY_LENGTH)
          String key,
      ShipmentRequest request) {
    Access access = Access.of(caller);
    // Idempotency answers a Response: it may replay a stored one.
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

  @POST
  @Path("/batch")
  @Consumes({Csv.MEDIA_TYPE, MediaType.APPLICATION_JSON})
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Shipments: upload a daily sheet of declaration lines",
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
            schema =
                @Schema(type = SchemaType.STRING, maxLength = BODY_LIMIT, example = CSV_EXAMPLE)),
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(
                    type = SchemaType.ARRAY,
                    implementation = ShipmentRequest.class,
                    maxItems = BorderTradeConfig.DEFAULT_BATCH_MAX_LINES))
      })
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
  @Operation(description = "Cancelled lines stay readable.")
  public RestResponse<ShipmentResponse> get(@PathParam("id") UUID id) {
    Access access = Access.of(caller);
    ShipmentRow s = service.get(id, access);
    return Saved.read(ShipmentResponse.of(s, access), s.version());
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Shipments: amend one",
      description =
          WRITERS
              + " The whole line is sent again with its corrections; gateCode, declarationNumber"
              + " and lineNumber cannot change. The amendment moves the line's figures in every"
              + " total and is kept as a revision.")
  @APIResponse(
      responseCode = "200",
      description = "Amended, or already as requested",
      content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
  @APIResponse(responseCode = "409", description = "The line is cancelled")
  public RestResponse<ShipmentResponse> amend(
      @PathParam("id") UUID id, @BeanParam IfMatch ifMatch, ShipmentRequest request) {
    return service
        .amend(id, ifMatch.conditions(), request, Access.of(caller))
        .toResponse(location(id));
  }

  @DELETE
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CUSTOMS, Roles.GATE})
  @Operation(
      summary = "Shipments: cancel one",
      description =
          WRITERS
              + " The status becomes CANCELLED: the line leaves every total and stays readable.")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled",
      content = @Content(schema = @Schema(implementation = ShipmentResponse.class)))
  @APIResponse(responseCode = "409", description = "Already cancelled")
  public RestResponse<ShipmentResponse> cancel(
      @PathParam("id") UUID id, @BeanParam IfMatch ifMatch) {
    return service.cancel(id, ifMatch.conditions(), Access.of(caller)).toResponse(location(id));
  }

  @GET
  @Path("/{id}/revisions")
  @Produces(MediaType.APPLICATION_JSON)
  @Authenticated
  public List<Revision> revisions(@PathParam("id") UUID id) {
    return service.revisions(id, Access.of(caller));
  }

  /**
   * The JSON page of this list, named for the document only: declaring the 404 below replaces the
   * 200 that would be inferred from {@code Page<ShipmentResponse>}.
   */
  @Schema(name = "ShipmentPage")
  record ShipmentPage(
      List<ShipmentResponse> items,
      @Schema(
              nullable = true,
              description = "Cursor of the next page; null on the last",
              example = "azEKMjAyMC0xMi0zMQo5YjY")
          String nextCursor,
      @Schema(
              nullable = true,
              description = "The next page; null on the last",
              example = "/api/v1/border-trade/shipments?limit=100&after=azEKMjAyMC0xMi0zMQo5YjY")
          String next) {}

  @GET
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Authenticated
  @Operation(
      description =
          "Filters combine with AND; pages follow (declaredOn, id). A gate-scoped client sees its"
              + " own gates only. With Accept: text/csv the whole selection comes in the batch"
              + " sheet's columns (those of POST /batch), so an export can be uploaded again:"
              + " every line of it then replays and nothing new is created.")
  @APIResponse(
      responseCode = "200",
      description =
          "A page of lines, or with Accept: text/csv the whole selection as a batch sheet",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ShipmentPage.class)),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, example = CSV_EXAMPLE))
      })
  @APIResponse(responseCode = "404", description = "`gate` is outside the caller's gates")
  public RestResponse<Page<ShipmentResponse>> list(
      @BeanParam PageParams page,
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
      @QueryParam("status") ShipmentStatus status) {
    Access access = Access.of(caller);
    // Scoped now, while the request is here: a foreign gate is 404 before any row is written.
    ShipmentStore.Filter filter =
        service.scoped(
            new ShipmentStore.Filter(
                gate == null ? null : Set.of(gate),
                flow,
                tradeForm,
                hsPrefix,
                partner,
                from,
                to,
                status),
            access);
    return lists.respond(
        page,
        Keyset.ofParts(
            r -> new String[] {r.declaredOn().toString(), r.id().toString()},
            (after, limit) -> service.page(filter, after, limit, access),
            2),
        ShipmentSheetRow.class,
        ShipmentSheetRow::of);
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
