package vn.tradehub.commerce.market;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
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
import vn.tradehub.commerce.web.Codes;
import vn.tradehub.commerce.web.Docs;
import vn.tradehub.commerce.web.Links;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.idempotency.Idempotency;
import vn.tradehub.platform.idempotency.StoredResponse;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Cursors;
import vn.tradehub.platform.web.Page;

@Path("/api/v1/commerce/markets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Markets",
    description = "Markets (chợ): class, border markets, and their management model")
public class MarketResource {
  static final String MARKET =
      "{\"code\":\"CHO_MEO_VAC\",\"nameVi\":\"Chợ trung tâm Mèo Vạc\",\"nameEn\":\"Meo Vac Central Market\","
          + "\"districtCode\":\"MEO_VAC\",\"marketClass\":\"II\",\"borderMarket\":false,\"managementModel\":\"COOPERATIVE\","
          + "\"managementModelSince\":\"2019-07-01\",\"status\":\"ACTIVE\",\"version\":0,\"updatedBy\":\"admin\","
          + "\"updatedAt\":\"2021-03-02T03:00:00Z\"}";
  static final String CREATE =
      "{\"code\":\"CHO_MEO_VAC\",\"nameVi\":\"Chợ trung tâm Mèo Vạc\",\"nameEn\":\"Meo Vac Central Market\","
          + "\"districtCode\":\"MEO_VAC\",\"marketClass\":\"II\",\"borderMarket\":false,\"managementModel\":\"COOPERATIVE\","
          + "\"managementModelSince\":\"2019-07-01\",\"status\":\"ACTIVE\"}";
  static final String UPDATE =
      "{\"nameVi\":\"Chợ trung tâm Mèo Vạc\",\"nameEn\":\"Meo Vac Central Market\",\"districtCode\":\"MEO_VAC\","
          + "\"marketClass\":\"II\",\"borderMarket\":false,\"managementModel\":\"ENTERPRISE\","
          + "\"managementModelSince\":\"2021-07-01\",\"status\":\"ACTIVE\"}";
  static final String INVALID =
      "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
          + "\"detail\":\"the management model changes: give the date the new model took effect\","
          + "\"errors\":[{\"field\":\"managementModelSince\",\"message\":\"the management model changes: give the date the new model took effect\"}]}";

  private final MarketService service;
  private final Idempotency idempotency;
  private final Caller caller;

  public MarketResource(MarketService service, Idempotency idempotency, Caller caller) {
    this.service = service;
    this.idempotency = idempotency;
    this.caller = caller;
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Register a market",
      description =
          "Role ADMIN. The code is the client's key (409 with Location when it exists). The district must exist;"
              + " `managementModelSince`, the date the current management model took effect, may be null when"
              + " unknown but never in the future; `status` defaults to ACTIVE. Honours Idempotency-Key: the same"
              + " key and body replay the first answer (Idempotent-Replayed: true), the same key with another body"
              + " is 422, and a retry while the first is running is 409; keys expire after 24 hours.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MarketRequest.class),
              examples = @ExampleObject(name = "meo-vac", value = CREATE)))
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      headers = {@Header(name = "ETag"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MarketResponse.class),
              examples = @ExampleObject(name = "market", value = MARKET)))
  @APIResponse(
      responseCode = "409",
      description = "The code exists, or the same Idempotency-Key is still in flight",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "exists",
                      value =
                          "{\"type\":\"/problems/conflict\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"Market CHO_MEO_VAC exists; change it with PUT and If-Match\"}")))
  public Response create(
      @Parameter(description = "Makes a retried POST safe")
          @HeaderParam(Idempotency.HEADER)
          @Size(max = Idempotency.MAX_KEY_LENGTH)
          String key,
      MarketRequest request) {
    String by = caller.name();
    return idempotency.execute(
        key,
        "POST /api/v1/commerce/markets",
        request,
        () -> {
          MarketResponse m = service.create(request, by);
          return StoredResponse.of(201, m)
              .withHeader("Location", "/api/v1/commerce/markets/" + m.code())
              .withHeader("ETag", Versions.etagHeader(m.version()));
        });
  }

  @GET
  @Path("/{code}")
  @Authenticated
  @Operation(
      summary = "Read a market",
      description = "Any authenticated caller. ETag is the version to send in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The market",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MarketResponse.class),
              examples = @ExampleObject(name = "market", value = MARKET)))
  public Response get(
      @Parameter(example = "CHO_MEO_VAC") @PathParam("code") @Size(max = Codes.MAX) String code) {
    MarketResponse m = service.get(code);
    return Response.ok(m).tag(Versions.etag(m.version())).build();
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Update a market",
      description =
          "Role ADMIN. Replaces every field but the code; If-Match with the current ETag is required (428 without,"
              + " 412 when stale). A change of management model must carry the date it took effect in"
              + " `managementModelSince`, later than the previous change and not in the future. Closing a market"
              + " is `status: CLOSED`. Every change is kept as a revision.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MarketUpdate.class),
              examples = @ExampleObject(name = "to-enterprise", value = UPDATE)))
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MarketResponse.class),
              examples = @ExampleObject(name = "market", value = MARKET)))
  public Response update(
      @Parameter(example = "CHO_MEO_VAC") @PathParam("code") @Size(max = Codes.MAX) String code,
      @HeaderParam("If-Match") @Size(max = Versions.MAX_IF_MATCH_LENGTH) String ifMatch,
      MarketUpdate request) {
    MarketResponse m = service.update(code, ifMatch, request, caller.name());
    return Response.ok(m).tag(Versions.etag(m.version())).build();
  }

  @GET
  @Path("/{code}/revisions")
  @Authenticated
  @Operation(
      summary = "Revision history of a market",
      description =
          "Any authenticated caller. Oldest first, with the changed fields and the whole market after each change.")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Revision.class),
              examples =
                  @ExampleObject(
                      name = "created",
                      value =
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2021-03-02T03:00:00Z\",\"changedBy\":\"admin\",\"changes\":[],\"snapshot\":"
                              + MARKET
                              + "}]")))
  public List<Revision> revisions(
      @Parameter(example = "CHO_MEO_VAC") @PathParam("code") @Size(max = Codes.MAX) String code) {
    return service.revisions(code);
  }

  @GET
  @Authenticated
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "List markets",
      description =
          "Any authenticated caller. Filters combine with AND. JSON is ordered by code with keyset pagination:"
              + " `limit` 1..1000 (default 100) and the `after` cursor of the previous page (also in `next` and a"
              + " Link header). With `Accept: text/csv` every matching market is streamed as CSV.")
  @APIResponse(
      responseCode = "200",
      description = "One page of markets, or all of them as CSV",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Page.class),
            examples =
                @ExampleObject(
                    name = "page",
                    value =
                        "{\"items\":["
                            + MARKET
                            + "],\"nextCursor\":\"Q0hPX01FT19WQUM\",\"next\":\"/api/v1/commerce/markets?limit=1&after=Q0hPX01FT19WQUM\"}")),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            examples =
                @ExampleObject(
                    name = "csv",
                    value =
                        "code,nameVi,nameEn,districtCode,marketClass,borderMarket,managementModel,managementModelSince,status,version\r\nCHO_MEO_VAC,Chợ trung tâm Mèo Vạc,Meo Vac Central Market,MEO_VAC,II,false,COOPERATIVE,2019-07-01,ACTIVE,0\r\n"))
      })
  public Response list(
      @Parameter(example = "MEO_VAC") @QueryParam("district") @Size(max = Codes.MAX)
          String district,
      @QueryParam("marketClass") Market.MarketClass marketClass,
      @QueryParam("managementModel") Market.ManagementModel managementModel,
      @QueryParam("borderMarket") Boolean borderMarket,
      @QueryParam("status") Market.Status status,
      @QueryParam("limit") @Min(1) @Max(Cursors.MAX_LIMIT) Integer limit,
      @QueryParam("after") @Size(max = Cursors.MAX_CURSOR_LENGTH) String after,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    MarketService.Filter filter =
        new MarketService.Filter(
            district == null || district.isBlank() ? null : district,
            marketClass,
            managementModel,
            borderMarket,
            status);
    boolean csv =
        headers.getAcceptableMediaTypes().stream()
            .anyMatch(
                t -> t.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !t.isWildcardType());
    if (csv) {
      List<MarketResponse> all = service.all(filter);
      return Response.ok(
              Csv.stream(
                  List.of(
                      "code",
                      "nameVi",
                      "nameEn",
                      "districtCode",
                      "marketClass",
                      "borderMarket",
                      "managementModel",
                      "managementModelSince",
                      "status",
                      "version"),
                  sink ->
                      all.forEach(
                          m ->
                              sink.row(
                                  m.code(),
                                  m.nameVi(),
                                  m.nameEn(),
                                  m.districtCode(),
                                  m.marketClass(),
                                  m.borderMarket(),
                                  m.managementModel(),
                                  m.managementModelSince(),
                                  m.status(),
                                  m.version()))),
              Csv.MEDIA_TYPE + "; charset=UTF-8")
          .build();
    }
    MarketService.MarketPage page = service.list(filter, Cursors.limit(limit), after);
    return Links.page(uri, page.items(), page.nextCursor());
  }

  @GET
  @Path("/summary")
  @Authenticated
  @Operation(
      summary = "Markets by class, district and management model",
      description =
          "Any authenticated caller. Counts active markets (all with `includeClosed=true`) by class, by district and"
              + " by management model, the border markets, and the share converted from a management board to an"
              + " enterprise or cooperative: (ENTERPRISE + COOPERATIVE) / total × 100, two decimals.")
  @APIResponse(
      responseCode = "200",
      description = "The counts",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MarketSummary.class),
              examples =
                  @ExampleObject(
                      name = "summary",
                      value =
                          "{\"includesClosed\":false,\"total\":62,\"borderMarkets\":9,\"byClass\":{\"I\":1,\"II\":12,\"III\":49},"
                              + "\"byDistrict\":{\"HA_GIANG_CITY\":5,\"MEO_VAC\":7},\"byManagementModel\":{\"COOPERATIVE\":9,\"ENTERPRISE\":6,\"MANAGEMENT_BOARD\":47},"
                              + "\"converted\":15,\"convertedSharePct\":24.19}")))
  public MarketSummary summary(
      @Parameter(description = "Count closed markets too (default false)")
          @QueryParam("includeClosed")
          Boolean includeClosed) {
    return service.summary(Boolean.TRUE.equals(includeClosed));
  }
}
