package vn.tradehub.industry.enterprise;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.industry.common.Docs;
import vn.tradehub.industry.common.Limits;
import vn.tradehub.industry.common.Paging;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Cursors;
import vn.tradehub.platform.web.Page;

@Path("/api/v1/industry/enterprises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Industry reference data")
public class EnterpriseResource {
  static final String EXAMPLE =
      "{\"taxCode\":\"5101001859\",\"name\":\"Công ty Cổ phần Thủy điện Sông Miện\",\"district\":\"Quản Bạ\",\"clusterCode\":null,\"mainVsicClass\":\"3511\",\"version\":0}";
  static final String REQUEST =
      "{\"name\":\"Công ty Cổ phần Thủy điện Sông Miện\",\"district\":\"Quản Bạ\",\"clusterCode\":null,\"mainVsicClass\":\"3511\"}";
  private final EnterpriseService service;

  public EnterpriseResource(EnterpriseService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List enterprises",
      description =
          "Industrial enterprises by tax code (MST), optionally of one district. Keyset-paginated by tax code (`limit` 1..1000, default 100; `after` = the previous page's cursor; `Link: rel=next`).")
  @APIResponse(responseCode = "200", description = "One page", headers = @Header(name = "Link"))
  public RestResponse<Page<EnterpriseResponse>> list(
      @Parameter(description = "Only this district", example = "Bắc Quang")
          @QueryParam("district")
          @Size(max = Limits.DISTRICT)
          String district,
      @Parameter(description = "Page size (default 100)")
          @QueryParam("limit")
          @Min(1)
          @Max(Cursors.MAX_LIMIT)
          Integer limit,
      @Parameter(description = "Cursor from the previous page")
          @QueryParam("after")
          @Size(max = Cursors.MAX_CURSOR_LENGTH)
          String after,
      @Context UriInfo uri) {
    int n = Cursors.limit(limit);
    return Paging.ok(
        Paging.page(
            service.list(district, Paging.after(after), n + 1),
            n,
            EnterpriseResponse::taxCode,
            uri));
  }

  @GET
  @Path("/{taxCode}")
  @Authenticated
  @Operation(
      summary = "Read one enterprise",
      description = "The ETag header is its version, to send back in If-Match when replacing it.")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = EnterpriseResponse.class),
              examples = @ExampleObject(name = "one", value = EXAMPLE)))
  public Response get(
      @Parameter(example = "5101001859") @PathParam("taxCode") @Size(max = Limits.TAX_CODE)
          String taxCode) {
    EnterpriseResponse r = service.get(taxCode);
    return Response.ok(r).tag(Versions.etag(r.version())).build();
  }

  @PUT
  @Path("/{taxCode}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create or replace an enterprise",
      description =
          "The tax code (MST) is 10 digits, or 10 + '-' + 3 for a branch, and its 10th digit is the check digit of the first nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; check = 10 − sum mod 11). The main VSIC class is the enterprise's industry: reports of products of another division get a warning. Creating needs no precondition (201); replacing needs If-Match with the current ETag (428 without it, 412 when stale). Every change keeps a revision.")
  @RequestBody(
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = EnterpriseRequest.class),
              examples = @ExampleObject(name = "one", value = REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = EnterpriseResponse.class),
              examples = @ExampleObject(name = "one", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {@Header(name = "ETag"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = EnterpriseResponse.class),
              examples = @ExampleObject(name = "one", value = EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description =
          "A rule of the enterprise is broken, e.g. the tax code's check digit or an unknown cluster or VSIC class",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "invalid",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"check digit mismatch: the 10th digit should be 9\",\"errors\":[{\"field\":\"taxCode\",\"message\":\"check digit mismatch: the 10th digit should be 9\",\"rejectedValue\":\"5101001850\"}]}")))
  public Response put(
      @Parameter(example = "5101001859") @PathParam("taxCode") @Size(max = Limits.TAX_CODE)
          String taxCode,
      @Parameter(description = Docs.IF_MATCH)
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      EnterpriseRequest request) {
    return service
        .put(taxCode, ifMatch, request)
        .toResponse("/api/v1/industry/enterprises/" + taxCode);
  }
}
