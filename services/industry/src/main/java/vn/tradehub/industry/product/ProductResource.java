package vn.tradehub.industry.product;

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

@Path("/api/v1/industry/products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Industry reference data")
public class ProductResource {
  static final String EXAMPLE =
      "{\"code\":\"DIEN-SAN-XUAT\",\"nameVi\":\"Điện sản xuất (thủy điện)\",\"nameEn\":\"Electricity generated (hydropower)\",\"unit\":\"KWH\",\"vsicClass\":\"3511\",\"version\":0}";
  static final String REQUEST =
      "{\"nameVi\":\"Điện sản xuất (thủy điện)\",\"nameEn\":\"Electricity generated (hydropower)\",\"unit\":\"KWH\",\"vsicClass\":\"3511\"}";
  private final ProductService service;

  public ProductResource(ProductService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List industrial products",
      description =
          "Products enterprises report, with their UN/ECE Rec. 20 unit and VSIC 4-digit class. Keyset-paginated by code (`limit` 1..1000, default 100; `after` = the previous page's cursor; `Link: rel=next`).")
  @APIResponse(responseCode = "200", description = "One page", headers = @Header(name = "Link"))
  public RestResponse<Page<ProductResponse>> list(
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
        Paging.page(service.list(Paging.after(after), n + 1), n, ProductResponse::code, uri));
  }

  @GET
  @Path("/{code}")
  @Authenticated
  @Operation(
      summary = "Read one industrial product",
      description = "The ETag header is its version, to send back in If-Match when replacing it.")
  @APIResponse(
      responseCode = "200",
      description = "Found",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ProductResponse.class),
              examples = @ExampleObject(name = "one", value = EXAMPLE)))
  public Response get(
      @Parameter(example = "DIEN-SAN-XUAT") @PathParam("code") @Size(max = Limits.CODE)
          String code) {
    ProductResponse r = service.get(code);
    return Response.ok(r).tag(Versions.etag(r.version())).build();
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create or replace an industrial product",
      description =
          "The unit is a UN/ECE Recommendation 20 code; the class must be a VSIC 4-digit class of this service. Creating needs no precondition (201); replacing needs If-Match with the current ETag (428 without it, 412 when stale). Every change keeps a revision.")
  @RequestBody(
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ProductRequest.class),
              examples = @ExampleObject(name = "one", value = REQUEST)))
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ProductResponse.class),
              examples = @ExampleObject(name = "one", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {@Header(name = "ETag"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = ProductResponse.class),
              examples = @ExampleObject(name = "one", value = EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description = "A rule of the product is broken, e.g. a VSIC code that is not a 4-digit class",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "invalid",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"not a VSIC 4-digit class of this service\",\"errors\":[{\"field\":\"vsicClass\",\"message\":\"not a VSIC 4-digit class of this service\",\"rejectedValue\":\"35\"}]}")))
  public Response put(
      @Parameter(example = "DIEN-SAN-XUAT") @PathParam("code") @Size(max = Limits.CODE) String code,
      @Parameter(description = Docs.IF_MATCH)
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      ProductRequest request) {
    return service.put(code, ifMatch, request).toResponse("/api/v1/industry/products/" + code);
  }
}
