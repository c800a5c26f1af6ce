package vn.tradehub.industry.vsic;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.industry.common.Docs;
import vn.tradehub.industry.common.Paging;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Cursors;

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
      content =
          @Content(
              mediaType = Docs.JSON,
              examples =
                  @ExampleObject(
                      name = "classes",
                      value = "{\"items\":[" + EXAMPLE + "],\"nextCursor\":null,\"next\":null}")))
  @APIResponse(
      responseCode = "400",
      description = Docs.MALFORMED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "bad-level", value = Docs.PROBLEM_400)))
  @APIResponse(
      responseCode = "401",
      description = Docs.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "anonymous", value = Docs.PROBLEM_401)))
  @APIResponse(
      responseCode = "422",
      description = "limit out of 1..1000",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "limit", value = Docs.PROBLEM_422)))
  public Response list(
      @Parameter(description = "SECTION, DIVISION or CLASS") @QueryParam("level") String level,
      @Parameter(description = "Only the children of this code", example = "35")
          @QueryParam("parent")
          String parent,
      @Parameter(description = "Page size, 1..1000 (default 100)") @QueryParam("limit")
          Integer limit,
      @Parameter(description = "Cursor from the previous page") @QueryParam("after") String after,
      @Context UriInfo uri) {
    int n = Cursors.limit(limit);
    VsicLevel lvl = null;
    if (level != null) {
      try {
        lvl = VsicLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw Problems.malformed(
            "level must be SECTION, DIVISION or CLASS",
            List.of(
                vn.tradehub.platform.problem.FieldError.of(
                    "level", "one of SECTION, DIVISION, CLASS", level)));
      }
    }
    return Paging.ok(
        Paging.page(
            service.list(lvl, parent, Paging.after(after), n + 1), n, VsicResponse::code, uri));
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
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = VsicResponse.class),
              examples = @ExampleObject(name = "3511", value = EXAMPLE)))
  @APIResponse(
      responseCode = "401",
      description = Docs.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "anonymous", value = Docs.PROBLEM_401)))
  @APIResponse(
      responseCode = "404",
      description = Docs.NOT_FOUND,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "unknown", value = Docs.PROBLEM_404)))
  public Response get(@Parameter(example = "3511") @PathParam("code") String code) {
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
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = VsicResponse.class),
              examples = @ExampleObject(name = "3511", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = VsicResponse.class),
              examples = @ExampleObject(name = "3511", value = EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = Docs.MALFORMED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "json", value = Docs.PROBLEM_400)))
  @APIResponse(
      responseCode = "401",
      description = Docs.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "anonymous", value = Docs.PROBLEM_401)))
  @APIResponse(
      responseCode = "403",
      description = Docs.FORBIDDEN,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "reader", value = Docs.PROBLEM_403)))
  @APIResponse(
      responseCode = "412",
      description = Docs.PRECONDITION_FAILED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "stale", value = Docs.PROBLEM_412)))
  @APIResponse(
      responseCode = "422",
      description = Docs.INVALID,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "invalid", value = Docs.PROBLEM_422)))
  @APIResponse(
      responseCode = "428",
      description = Docs.PRECONDITION_REQUIRED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "missing", value = Docs.PROBLEM_428)))
  public Response put(
      @Parameter(example = "3511") @PathParam("code") String code,
      @Parameter(description = Docs.IF_MATCH) @HeaderParam("If-Match") String ifMatch,
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
  @APIResponse(
      responseCode = "401",
      description = Docs.UNAUTHORIZED,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "anonymous", value = Docs.PROBLEM_401)))
  @APIResponse(
      responseCode = "403",
      description = Docs.FORBIDDEN,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "reader", value = Docs.PROBLEM_403)))
  @APIResponse(
      responseCode = "404",
      description = Docs.NOT_FOUND,
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "unknown", value = Docs.PROBLEM_404)))
  public List<Revision> revisions(@PathParam("code") String code) {
    return service.revisions(code);
  }
}
