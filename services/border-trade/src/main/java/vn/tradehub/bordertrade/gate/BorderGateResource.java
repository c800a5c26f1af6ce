package vn.tradehub.bordertrade.gate;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/border-trade/gates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Border gates",
    description = "Border gates and openings of the province, with their validity")
public class BorderGateResource {
  private static final String EXAMPLE =
      "{\"code\":\"THANH_THUY\",\"nameVi\":\"Cửa khẩu quốc tế Thanh Thủy\",\"nameEn\":\"Thanh Thuy international border gate\","
          + "\"kind\":\"INTERNATIONAL\",\"district\":\"Vị Xuyên\",\"pairedGate\":\"Thiên Bảo (Tianbao)\","
          + "\"pairedCounty\":\"Ma Lật Pha (Malipo)\",\"validFrom\":\"2000-01-01\",\"validTo\":null}";

  /** A gate code: 2 to 40 characters (see BorderGateRequest). */
  private static final int CODE_MAX = 40;

  private static final String CODE_TOO_LONG = "The code is longer than 40 characters";

  private final BorderGateService service;
  private final Revisions revisions;

  public BorderGateResource(BorderGateService service, Revisions revisions) {
    this.service = service;
    this.revisions = revisions;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List border gates",
      description = "Every gate, opening and border market, retired ones included (see validTo).")
  @APIResponse(responseCode = "200", description = "The gates, by code")
  public List<BorderGateResponse> list() {
    return service.list();
  }

  @GET
  @Path("/{code}")
  @Authenticated
  @Operation(
      summary = "Read a border gate",
      description = "The ETag header carries the version to send back in If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The gate",
      content =
          @Content(
              schema = @Schema(implementation = BorderGateResponse.class),
              examples = @ExampleObject(name = "thanh-thuy", value = EXAMPLE)),
      headers = @Header(name = "ETag"))
  @APIResponse(responseCode = "422", description = CODE_TOO_LONG)
  public Response get(@PathParam("code") @Size(max = CODE_MAX) String code) {
    BorderGateResponse g = service.get(code);
    return Response.ok(g).tag(Versions.etag(g.version())).build();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Create a border gate",
      description =
          "Admin only. The code is the gate's permanent key; names keep their diacritics exactly.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "thanh-thuy", value = EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = BorderGateResponse.class)),
      headers = {@Header(name = "Location"), @Header(name = "ETag")})
  @APIResponse(
      responseCode = "409",
      description = "A gate with this code exists (Location names it)",
      headers = @Header(name = "Location"))
  public Response create(BorderGateRequest request) {
    BorderGateResponse g = service.create(request);
    return Response.created(URI.create("/api/v1/border-trade/gates/" + g.code()))
        .tag(Versions.etag(g.version()))
        .entity(g)
        .build();
  }

  @PUT
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Update a border gate",
      description = "Admin only. Requires If-Match with the current ETag. Every revision is kept.")
  @RequestBody(content = @Content(examples = @ExampleObject(name = "thanh-thuy", value = EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Updated; new ETag",
      content = @Content(schema = @Schema(implementation = BorderGateResponse.class)),
      headers = @Header(name = "ETag"))
  public Response update(
      @PathParam("code") @Size(max = CODE_MAX) String code,
      @HeaderParam("If-Match") @Size(max = Versions.MAX_IF_MATCH_LENGTH) String ifMatch,
      BorderGateRequest request) {
    BorderGateResponse g = service.update(code, ifMatch, request);
    return Response.ok(g).tag(Versions.etag(g.version())).build();
  }

  @DELETE
  @Path("/{code}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Retire a border gate",
      description =
          "Admin only. Sets validTo (today in Vietnam time, or `on`); shipments dated after it are rejected, earlier ones stay counted.")
  @APIResponse(
      responseCode = "200",
      description = "Retired gate",
      content = @Content(schema = @Schema(implementation = BorderGateResponse.class)),
      headers = @Header(name = "ETag"))
  @APIResponse(responseCode = "422", description = "Retirement date before the gate opened")
  public Response retire(
      @PathParam("code") @Size(max = CODE_MAX) String code,
      @HeaderParam("If-Match") @Size(max = Versions.MAX_IF_MATCH_LENGTH) String ifMatch,
      @Parameter(description = "Last valid day, ISO 8601 (default today)", example = "2021-12-31")
          @QueryParam("on")
          LocalDate on) {
    BorderGateResponse g =
        service.retire(code, ifMatch, on == null ? LocalDate.now(Periods.ZONE) : on);
    return Response.ok(g).tag(Versions.etag(g.version())).build();
  }

  @GET
  @Path("/{code}/revisions")
  @Authenticated
  @Operation(
      summary = "Revision history of a gate",
      description = "Who changed what and when, oldest first.")
  @APIResponse(responseCode = "200", description = "The revisions")
  @APIResponse(responseCode = "422", description = CODE_TOO_LONG)
  public List<Revision> revisions(@PathParam("code") @Size(max = CODE_MAX) String code) {
    service.get(code);
    return revisions.list(BorderGateService.AGGREGATE, code);
  }
}
