package vn.tradehub.industry.report;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.industry.common.Docs;
import vn.tradehub.industry.common.Limits;
import vn.tradehub.industry.common.Paging;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Cursors;

@Path("/api/v1/industry/production-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry production reports",
    description = "Monthly production by enterprise and product, with every revision kept")
public class ReportResource {
  static final String REQUEST_EXAMPLE =
      "{\"status\":\"ESTIMATED\",\"lines\":[{\"productCode\":\"DIEN-SAN-XUAT\",\"quantity\":61250000,"
          + "\"outputValueCurrentVnd\":67375000000,\"outputValueConstantVnd\":55125000000}]}";
  static final String RESPONSE_EXAMPLE =
      "{\"taxCode\":\"5101001859\",\"period\":\"2020-12\",\"status\":\"ESTIMATED\",\"version\":0,"
          + "\"lines\":[{\"productCode\":\"DIEN-SAN-XUAT\",\"unit\":\"KWH\",\"quantity\":61250000,"
          + "\"outputValueCurrentVnd\":67375000000,\"outputValueConstantVnd\":55125000000}],"
          + "\"outputValueCurrentVnd\":67375000000,\"outputValueConstantVnd\":55125000000,\"currency\":\"VND\","
          + "\"createdAt\":\"2021-01-05T09:00:00+07:00\",\"updatedAt\":\"2021-01-05T09:00:00+07:00\"}";
  static final String WARNING_EXAMPLE =
      "{\"taxCode\":\"5101001859\",\"period\":\"2020-12\",\"status\":\"ESTIMATED\",\"version\":0,"
          + "\"lines\":[{\"productCode\":\"DA-XAY-DUNG\",\"unit\":\"MTQ\",\"quantity\":1200,"
          + "\"outputValueCurrentVnd\":216000000,\"outputValueConstantVnd\":180000000}],"
          + "\"outputValueCurrentVnd\":216000000,\"outputValueConstantVnd\":180000000,\"currency\":\"VND\","
          + "\"createdAt\":\"2021-01-05T09:00:00+07:00\",\"updatedAt\":\"2021-01-05T09:00:00+07:00\","
          + "\"warnings\":[{\"field\":\"lines[0].productCode\",\"message\":\"product of VSIC class 0810 is outside the enterprise's industry (class 3511, division 35)\",\"rejectedValue\":\"DA-XAY-DUNG\"}]}";
  private final ReportService service;

  public ReportResource(ReportService service) {
    this.service = service;
  }

  @PUT
  @Path("/{taxCode}/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      summary = "File or revise an enterprise's monthly production report",
      description =
          "The natural key is the enterprise's tax code (MST) and the month. Creating needs no precondition"
              + " (201, with ETag). Replacing needs `If-Match` with the current ETag: 428 without it, 412 when"
              + " stale. A PUT identical to the current report changes nothing (200, same ETag), so retries are"
              + " safe. Every revision is kept (`GET .../revisions`).\n\n"
              + "Validation (422, one field-level entry per failure): the tax code's format and check digit"
              + " (`taxCode`), a registered enterprise (`taxCode`), a month not in the future (`period`),"
              + " known products (`lines[i].productCode`), a product listed once, quantities and values not"
              + " negative (`lines[i].quantity`, ...). A product outside the enterprise's industry (another"
              + " VSIC division than its main class) is accepted with a warning in `warnings`.\n\n"
              + "Events: `ProductionReported` or `ProductionRevised` on `industry.production.v1` (key = tax code),"
              + " and `IndustryIndicatorsComputed` on `industry.indicators.v1` for every month with reports whose"
              + " indicators the change affects: the month, the later months of its year (year to date), and"
              + " the same and later months of the next year (their comparison base).")
  @RequestBody(
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ReportRequest.class),
              examples = @ExampleObject(name = "hydropower", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Replaced (or unchanged)",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ReportResponse.class),
              examples = @ExampleObject(name = "revised", value = RESPONSE_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {@Header(name = "ETag"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ReportResponse.class),
              examples = {
                @ExampleObject(name = "created", value = RESPONSE_EXAMPLE),
                @ExampleObject(name = "with-warning", value = WARNING_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "422",
      description =
          "A rule of the report is broken, e.g. the tax code's check digit, an unknown product or a month in the future",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "check-digit",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"check digit mismatch: the 10th digit should be 9\",\"errors\":[{\"field\":\"taxCode\",\"message\":\"check digit mismatch: the 10th digit should be 9\",\"rejectedValue\":\"5101001850\"}]}")))
  public Response put(
      @Parameter(
              description = "MST: 10 digits, or 10 + '-' + 3 for a branch",
              example = "5101001859")
          @PathParam("taxCode")
          @Size(max = Limits.TAX_CODE)
          String taxCode,
      @Parameter(description = "The month, YYYY-MM", example = "2020-12")
          @PathParam("period")
          @Size(max = Limits.PERIOD)
          String period,
      @Parameter(description = Docs.IF_MATCH)
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      ReportRequest request) {
    return service
        .put(taxCode, period, ifMatch, request)
        .toResponse("/api/v1/industry/production-reports/" + taxCode + "/" + period);
  }

  @GET
  @Path("/{taxCode}/{period}")
  @Authenticated
  @Operation(
      summary = "Read a production report",
      description =
          "The current revision; the ETag header is its version, to send back in If-Match when revising.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ReportResponse.class),
              examples = @ExampleObject(name = "report", value = RESPONSE_EXAMPLE)))
  public Response get(
      @Parameter(example = "5101001859") @PathParam("taxCode") @Size(max = Limits.TAX_CODE)
          String taxCode,
      @Parameter(example = "2020-12") @PathParam("period") @Size(max = Limits.PERIOD)
          String period) {
    ReportResponse r = service.get(taxCode, period);
    return Response.ok(r).tag(Versions.etag(r.version())).build();
  }

  @GET
  @Path("/{taxCode}/{period}/revisions")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      summary = "Every revision of a production report",
      description =
          "Oldest first: the version, CREATED or REVISED, when and by whom, the fields that changed and the whole report after the change. Readers of figures (READER) do not see who posted them, so this needs ADMIN or STATISTICS.")
  @APIResponse(
      responseCode = "200",
      description = "Revisions, oldest first",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Revision.class),
              examples =
                  @ExampleObject(
                      name = "two",
                      value =
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2021-01-05T02:00:00Z\",\"changedBy\":\"thong-ke\",\"changes\":[{\"field\":\"status\",\"from\":null,\"to\":\"ESTIMATED\"}],\"snapshot\":"
                              + RESPONSE_EXAMPLE
                              + "},{\"version\":1,\"change\":\"REVISED\",\"changedAt\":\"2021-03-10T08:30:00Z\",\"changedBy\":\"thong-ke\",\"changes\":[{\"field\":\"status\",\"from\":\"ESTIMATED\",\"to\":\"FINAL\"}],\"snapshot\":"
                              + RESPONSE_EXAMPLE
                              + "}]")))
  public List<Revision> revisions(
      @PathParam("taxCode") @Size(max = Limits.TAX_CODE) String taxCode,
      @PathParam("period") @Size(max = Limits.PERIOD) String period) {
    return service.revisions(taxCode, period);
  }

  @GET
  @Authenticated
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "List production reports",
      description =
          "By period then tax code, keyset-paginated (`limit` 1..1000, `after` = the previous page's cursor; a `Link: rel=next` header points to the next page). `Accept: text/csv` gives one row per report line.")
  @APIResponse(
      responseCode = "200",
      description = "One page",
      headers = @Header(name = "Link"),
      content = {
        @Content(
            mediaType = Docs.JSON,
            // The shape of Page<ReportResponse>, which the CSV alternative keeps from being
            // derived.
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    properties = {
                      @SchemaProperty(
                          name = "items",
                          type = SchemaType.ARRAY,
                          implementation = ReportResponse.class),
                      @SchemaProperty(
                          name = "nextCursor",
                          type = SchemaType.STRING,
                          nullable = true,
                          description = "Opaque cursor of the next page; pass it as `after`"),
                      @SchemaProperty(
                          name = "next",
                          type = SchemaType.STRING,
                          nullable = true,
                          description = "URL of the next page, also in the Link header")
                    }),
            examples =
                @ExampleObject(
                    name = "page",
                    value =
                        "{\"items\":["
                            + RESPONSE_EXAMPLE
                            + "],\"nextCursor\":null,\"next\":null}")),
        @Content(
            mediaType = Csv.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING),
            examples =
                @ExampleObject(
                    name = "csv",
                    value =
                        "taxCode,period,status,version,productCode,unit,quantity,outputValueCurrentVnd,outputValueConstantVnd\r\n5101001859,2020-12,ESTIMATED,0,DIEN-SAN-XUAT,KWH,61250000,67375000000,55125000000\r\n"))
      })
  public Response list(
      @Parameter(description = "Only this month", example = "2020-12")
          @QueryParam("period")
          @Size(max = Limits.PERIOD)
          String period,
      @Parameter(description = "Only this enterprise")
          @QueryParam("taxCode")
          @Size(max = Limits.TAX_CODE)
          String taxCode,
      @Parameter(description = "Page size (default 100)")
          @QueryParam("limit")
          @Min(1)
          @Max(Cursors.MAX_LIMIT)
          Integer limit,
      @Parameter(description = "Cursor from the previous page")
          @QueryParam("after")
          @Size(max = Cursors.MAX_CURSOR_LENGTH)
          String after,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    if (period != null) Periods.parse("period", period);
    int n = Cursors.limit(limit);
    String[] cursor = after == null || after.isBlank() ? null : Cursors.decode(after, 2);
    List<ReportResponse> rows = service.list(period, taxCode, cursor, n + 1);
    var page = Paging.page(rows, n, r -> r.period() + "\n" + r.taxCode(), uri);
    if (wantsCsv(headers)) {
      Response.ResponseBuilder b =
          Response.ok(
                  Csv.stream(
                      List.of(
                          "taxCode",
                          "period",
                          "status",
                          "version",
                          "productCode",
                          "unit",
                          "quantity",
                          "outputValueCurrentVnd",
                          "outputValueConstantVnd"),
                      sink ->
                          page.items()
                              .forEach(
                                  r ->
                                      r.lines()
                                          .forEach(
                                              l ->
                                                  sink.row(
                                                      r.taxCode(),
                                                      r.period(),
                                                      r.status(),
                                                      r.version(),
                                                      l.productCode(),
                                                      l.unit(),
                                                      l.quantity().toPlainString(),
                                                      l.outputValueCurrentVnd().toPlainString(),
                                                      l.outputValueConstantVnd()
                                                          .toPlainString())))))
              .type(Csv.MEDIA_TYPE);
      if (page.next() != null) b.header("Link", "<" + page.next() + ">; rel=\"next\"");
      return b.build();
    }
    return Paging.ok(page).toResponse();
  }

  /** text/csv when the client prefers it to JSON (the first acceptable type decides). */
  private static boolean wantsCsv(HttpHeaders headers) {
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) return false;
      if (m.isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE))) return true;
    }
    return false;
  }
}
