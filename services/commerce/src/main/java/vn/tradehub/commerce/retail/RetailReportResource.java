package vn.tradehub.commerce.retail;

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
import vn.tradehub.commerce.web.Links;
import vn.tradehub.commerce.web.Saved;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Cursors;
import vn.tradehub.platform.web.Page;

@Path("/api/v1/commerce/retail-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Retail reports",
    description =
        "Monthly reports of total retail sales of goods and consumer-service revenue, per district")
public class RetailReportResource {
  static final String REQUEST_EXAMPLE =
      "{\"status\":\"ESTIMATED\",\"lines\":["
          + "{\"category\":\"RETAIL_GOODS\",\"ownership\":\"NON_STATE\",\"valueVnd\":41250000000},"
          + "{\"category\":\"ACCOMMODATION_FOOD\",\"ownership\":\"NON_STATE\",\"valueVnd\":6120000000},"
          + "{\"category\":\"TRAVEL\",\"ownership\":\"NON_STATE\",\"valueVnd\":310000000}]}";
  static final String RESPONSE_EXAMPLE =
      "{\"districtCode\":\"MEO_VAC\",\"period\":\"2021-03\",\"status\":\"ESTIMATED\",\"lines\":["
          + "{\"category\":\"RETAIL_GOODS\",\"ownership\":\"NON_STATE\",\"valueVnd\":41250000000},"
          + "{\"category\":\"ACCOMMODATION_FOOD\",\"ownership\":\"NON_STATE\",\"valueVnd\":6120000000},"
          + "{\"category\":\"TRAVEL\",\"ownership\":\"NON_STATE\",\"valueVnd\":310000000}],"
          + "\"totalVnd\":47680000000,\"version\":0,\"recordedBy\":\"statistics-office\","
          + "\"recordedAt\":\"2021-04-05T02:00:00Z\"}";
  static final String VALIDATION_EXAMPLE =
      "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
          + "\"detail\":\"3 fields are invalid\",\"instance\":\"/api/v1/commerce/retail-reports/MEO_VAC/2021-03\","
          + "\"errors\":["
          + "{\"field\":\"districtCode\",\"message\":\"unknown district; see GET /api/v1/commerce/districts\",\"rejectedValue\":\"MEO_VAK\"},"
          + "{\"field\":\"lines[1].category\",\"message\":\"unknown retail category; one of [ACCOMMODATION_FOOD, OTHER_SERVICES, RETAIL_GOODS, TRAVEL]\",\"rejectedValue\":\"TOURISM\"},"
          + "{\"field\":\"lines[2]\",\"message\":\"duplicates lines[0]: one line per (category, ownership)\",\"rejectedValue\":\"RETAIL_GOODS/NON_STATE\"}]}";

  private final RetailReportService service;
  private final Caller caller;

  public RetailReportResource(RetailReportService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @PUT
  @Path("/{districtCode}/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      summary = "File or revise a district's monthly retail report",
      description =
          "Roles ADMIN or STATISTICS. The district and month are the natural key. The first PUT creates the report"
              + " (201, without If-Match). Later PUTs replace it whole and need If-Match with the current ETag"
              + " (428 without it, 412 when stale); a PUT equal to the stored report answers 200 and changes nothing,"
              + " so clients may retry. Rules, each reported on its field (422): the district must exist; the"
              + " period must not be in the future (Vietnam time); every line's category and ownership sector must"
              + " exist; a value must be zero or more and in whole đồng; at most one line per (category, ownership)."
              + " Every change is kept as a revision and published on commerce.retail.v1 (RetailReported or"
              + " RetailRevised, key = district), and the month's indicators, the year-to-date of the later months"
              + " and the comparisons of the next year are republished on commerce.indicators.v1.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RetailReportRequest.class),
              examples = @ExampleObject(name = "meo-vac-march-2021", value = REQUEST_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Filed; ETag is the version, Location the report",
      headers = {@Header(name = "ETag", description = "the version"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RetailReportResponse.class),
              examples = @ExampleObject(name = "filed", value = RESPONSE_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Revised, or already exactly as sent (no new version)",
      headers = @Header(name = "ETag", description = "the version"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RetailReportResponse.class),
              examples = @ExampleObject(name = "revised", value = RESPONSE_EXAMPLE)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match is stale, or sent for a report that does not exist")
  public Response put(
      @Parameter(example = "MEO_VAC") @PathParam("districtCode") @Size(max = Codes.MAX)
          String districtCode,
      @Parameter(example = "2021-03", description = "YYYY-MM")
          @PathParam("period")
          @Size(max = Codes.PERIOD_MAX)
          String period,
      @Parameter(description = "ETag of the report being revised")
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      RetailReportRequest request) {
    Saved<RetailReportResponse> saved =
        service.put(districtCode, period, ifMatch, request, caller.name());
    Response.ResponseBuilder b =
        Response.status(saved.status())
            .entity(saved.value())
            .tag(Versions.etag(saved.value().version()));
    if (saved.outcome() == Saved.Outcome.CREATED) {
      b.header(
          "Location",
          "/api/v1/commerce/retail-reports/" + districtCode + "/" + saved.value().period());
    }
    return b.build();
  }

  @GET
  @Path("/{districtCode}/{period}")
  @Authenticated
  @Operation(
      summary = "Read a district's monthly retail report",
      description =
          "Any authenticated caller. ETag is the version to send in If-Match when revising.")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      headers = @Header(name = "ETag", description = "the version"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RetailReportResponse.class),
              examples = @ExampleObject(name = "report", value = RESPONSE_EXAMPLE)))
  public Response get(
      @Parameter(example = "MEO_VAC") @PathParam("districtCode") @Size(max = Codes.MAX)
          String districtCode,
      @Parameter(example = "2021-03") @PathParam("period") @Size(max = Codes.PERIOD_MAX)
          String period) {
    RetailReportResponse r = service.get(districtCode, period);
    return Response.ok(r).tag(Versions.etag(r.version())).build();
  }

  @GET
  @Path("/{districtCode}/{period}/revisions")
  @Authenticated
  @Operation(
      summary = "Revision history of a retail report",
      description =
          "Any authenticated caller. Oldest first: version 0 is the report as filed; each later revision lists the fields it changed and the whole report after it.")
  @APIResponse(
      responseCode = "200",
      description = "The revisions",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Revision.class),
              examples =
                  @ExampleObject(
                      name = "revised",
                      value =
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2021-04-05T02:00:00Z\",\"changedBy\":\"statistics-office\",\"changes\":[],\"snapshot\":"
                              + RESPONSE_EXAMPLE
                              + "},"
                              + "{\"version\":1,\"change\":\"REVISED\",\"changedAt\":\"2021-05-05T02:00:00Z\",\"changedBy\":\"statistics-office\","
                              + "\"changes\":[{\"field\":\"status\",\"from\":\"ESTIMATED\",\"to\":\"PRELIMINARY\"}],\"snapshot\":"
                              + RESPONSE_EXAMPLE
                              + "}]")))
  public List<Revision> revisions(
      @Parameter(example = "MEO_VAC") @PathParam("districtCode") @Size(max = Codes.MAX)
          String districtCode,
      @Parameter(example = "2021-03") @PathParam("period") @Size(max = Codes.PERIOD_MAX)
          String period) {
    return service.revisions(districtCode, period);
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List retail reports",
      description =
          "Any authenticated caller. Ordered by period, then district; keyset pagination with `limit` (1..1000, default 100) and the `after` cursor of the previous page (also in the `next` link and a Link header).")
  @APIResponse(
      responseCode = "200",
      description = "One page of reports",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = Page.class),
              examples =
                  @ExampleObject(
                      name = "page",
                      value =
                          "{\"items\":["
                              + RESPONSE_EXAMPLE
                              + "],\"nextCursor\":\"MjAyMS0wMwpNRU9fVkFD\",\"next\":\"/api/v1/commerce/retail-reports?limit=1&after=MjAyMS0wMwpNRU9fVkFD\"}")))
  public Response list(
      @Parameter(example = "MEO_VAC") @QueryParam("district") @Size(max = Codes.MAX)
          String district,
      @Parameter(example = "2021-01") @QueryParam("from") @Size(max = Codes.PERIOD_MAX) String from,
      @Parameter(example = "2021-12") @QueryParam("to") @Size(max = Codes.PERIOD_MAX) String to,
      @QueryParam("limit") @Min(1) @Max(Cursors.MAX_LIMIT) Integer limit,
      @QueryParam("after") @Size(max = Cursors.MAX_CURSOR_LENGTH) String after,
      @Context UriInfo uri) {
    RetailReportService.ReportPage page =
        service.list(district, from, to, Cursors.limit(limit), after);
    return Links.page(uri, page.items(), page.nextCursor());
  }
}
