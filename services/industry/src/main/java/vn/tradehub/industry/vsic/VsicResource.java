package vn.tradehub.industry.vsic;

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
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.industry.common.Docs;
import vn.tradehub.industry.common.Limits;
import vn.tradehub.industry.common.Paging;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Cursors;
import vn.tradehub.platform.web.Page;

@Path("/api/v1/industry/vsic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry reference data",
    description =
        "VSIC 2018, products, enterprises, industrial clusters and villages (admin-managed, seeded for Hà Giang)")
public class VsicResource {
  private static final String EXAMPLE =
      "{\"code\":\"3511\",\"level\":\"CLASS\",\"parentCode\":\"35\",\"nameVi\":\"Sản xuất điện\",\"nameEn\":\"Electric power generation\",\"version\":0}";
  private final VsicService service;

  public VsicResource(VsicService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List VSIC 2018 sections, divisions and classes",
      description =
          "Sections B, C, D and E with all their divisions, and the 4-digit classes the province's products use. Keyset-paginated by code; filter by `level` and `parent`.")
  @APIResponse(
      responseCode = "200",
      description = "One page, by code",
      headers = @Header(name = "Link"))
  public RestResponse<Page<VsicResponse>> list(
      @Parameter(description = "Only this level") @QueryParam("level") VsicLevel level,
      @Parameter(description = "Only the children of this code", example = "35")
          @QueryParam("parent")
          @Size(max = Limits.VSIC_CODE)
          String parent,
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
            service.list(level, parent, Paging.after(after), n + 1), n, VsicResponse::code, uri));
  }

  @GET
  @Path("/{code}")
  @Authenticated
  @Operation(
      summary = "Read one VSIC code",
      description =
          "A section, division or class with its Vietnamese and English names. The ETag is its version.")
  @APIResponse(
      responseCode = "200",
      description = "The node",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = VsicResponse.class),
              examples = @ExampleObject(name = "3511", value = EXAMPLE)))
  public Response get(
      @Parameter(example = "3511") @PathParam("code") @Size(max = Limits.VSIC_CODE) String code) {
    VsicResponse r = service.get(code);
    return Response.ok(r).tag(vn.tradehub.platform.concurrency.Versions.etag(r.version())).build();
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create or rename a VSIC section or class",
      description =
          "Creates a section (letter) or a 4-digit class under its existing division (the first two digits), or renames any node. Replacing needs If-Match with the current ETag (428 without, 412 when stale). Divisions are seeded and can only be renamed. Every change keeps a revision.")
  @RequestBody(
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = VsicRequest.class),
              examples =
                  @ExampleObject(
                      name = "class",
                      value =
                          "{\"nameVi\":\"Sản xuất điện\",\"nameEn\":\"Electric power generation\"}")))
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = VsicResponse.class),
              examples = @ExampleObject(name = "3511", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {@Header(name = "ETag"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = VsicResponse.class),
              examples = @ExampleObject(name = "3511", value = EXAMPLE)))
  public Response put(
      @Parameter(example = "3511") @PathParam("code") @Size(max = Limits.VSIC_CODE) String code,
      @Parameter(description = Docs.IF_MATCH)
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      VsicRequest request) {
    return service.put(code, ifMatch, request).toResponse("/api/v1/industry/vsic/" + code);
  }

  @GET
  @Path("/{code}/revisions")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Revision history of a VSIC code",
      description = "Every change, oldest first, with who made it and the whole state after it.")
  @APIResponse(
      responseCode = "200",
      description = "Revisions, oldest first",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Revision.class),
              examples =
                  @ExampleObject(
                      name = "one",
                      value =
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2024-05-02T03:00:00Z\",\"changedBy\":\"admin\",\"changes\":[],\"snapshot\":"
                              + EXAMPLE
                              + "}]")))
  public List<Revision> revisions(@PathParam("code") @Size(max = Limits.VSIC_CODE) String code) {
    return service.revisions(code);
  }
}
