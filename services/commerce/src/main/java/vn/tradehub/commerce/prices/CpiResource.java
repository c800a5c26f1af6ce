package vn.tradehub.commerce.prices;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import vn.tradehub.commerce.web.Saved;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/commerce/cpi")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Prices",
    description = "Monthly consumer price index, used to deflate to constant prices")
public class CpiResource {
  static final String RESPONSE_EXAMPLE =
      "{\"period\":\"2021-03\",\"base\":\"2010\",\"indexValue\":171.2350,\"version\":0,"
          + "\"recordedBy\":\"statistics-office\",\"recordedAt\":\"2021-04-06T02:00:00Z\"}";

  private final CpiService service;
  private final Caller caller;

  public CpiResource(CpiService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @PUT
  @Path("/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      summary = "Set the CPI of a month",
      description =
          "Roles ADMIN or STATISTICS. The consumer price index of the month against the service's base (2010 = 100"
              + " unless configured otherwise); `base` must name that base, so every month deflates comparably."
              + " Constant-price value of a report line = current value × 100 / CPI of its month, rounded to whole"
              + " đồng. The first PUT creates (201); a change needs If-Match (428 without, 412 when stale); an equal"
              + " PUT answers 200 unchanged. The period must not be in the future. Changes are kept as revisions.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CpiRequest.class),
              examples =
                  @ExampleObject(
                      name = "march-2021",
                      value = "{\"base\":\"2010\",\"indexValue\":171.235}")))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {@Header(name = "ETag"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CpiResponse.class),
              examples = @ExampleObject(name = "created", value = RESPONSE_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Replaced, or already as sent",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CpiResponse.class),
              examples = @ExampleObject(name = "replaced", value = RESPONSE_EXAMPLE)))
  @APIResponse(
      responseCode = "412",
      description = "If-Match stale, or sent for a month without CPI")
  @APIResponse(
      responseCode = "422",
      description = "Wrong base, index out of range, or a future period",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "wrong-base",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,"
                              + "\"detail\":\"every CPI is stated against base 2010 = 100\","
                              + "\"errors\":[{\"field\":\"base\",\"message\":\"every CPI is stated against base 2010 = 100\",\"rejectedValue\":\"2014\"}]}")))
  public Response put(
      @Parameter(example = "2021-03") @PathParam("period") @Size(max = Codes.PERIOD_MAX)
          String period,
      @HeaderParam("If-Match") @Size(max = Versions.MAX_IF_MATCH_LENGTH) String ifMatch,
      CpiRequest request) {
    Saved<CpiResponse> saved = service.put(period, ifMatch, request, caller.name());
    Response.ResponseBuilder b =
        Response.status(saved.status())
            .entity(saved.value())
            .tag(Versions.etag(saved.value().version()));
    if (saved.outcome() == Saved.Outcome.CREATED)
      b.header("Location", "/api/v1/commerce/cpi/" + saved.value().period());
    return b.build();
  }

  @GET
  @Path("/{period}")
  @Authenticated
  @Operation(summary = "Read the CPI of a month", description = "Any authenticated caller.")
  @APIResponse(
      responseCode = "200",
      description = "The CPI",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CpiResponse.class),
              examples = @ExampleObject(name = "cpi", value = RESPONSE_EXAMPLE)))
  public Response get(
      @Parameter(example = "2021-03") @PathParam("period") @Size(max = Codes.PERIOD_MAX)
          String period) {
    CpiResponse c = service.get(period);
    return Response.ok(c).tag(Versions.etag(c.version())).build();
  }

  @GET
  @Path("/{period}/revisions")
  @Authenticated
  @Operation(
      summary = "Revision history of a month's CPI",
      description = "Any authenticated caller. Oldest first.")
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
                          "[{\"version\":0,\"change\":\"CREATED\",\"changedAt\":\"2021-04-06T02:00:00Z\",\"changedBy\":\"statistics-office\",\"changes\":[],\"snapshot\":"
                              + RESPONSE_EXAMPLE
                              + "}]")))
  public List<Revision> revisions(
      @Parameter(example = "2021-03") @PathParam("period") @Size(max = Codes.PERIOD_MAX)
          String period) {
    return service.revisions(period);
  }

  @GET
  @Authenticated
  @Operation(
      summary = "List the CPI of a range of months",
      description =
          "Any authenticated caller. Oldest first; `from` and `to` (YYYY-MM) are optional and inclusive.")
  @APIResponse(
      responseCode = "200",
      description = "The CPIs",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = CpiResponse.class),
              examples = @ExampleObject(name = "cpis", value = "[" + RESPONSE_EXAMPLE + "]")))
  public List<CpiResponse> list(
      @Parameter(example = "2021-01") @QueryParam("from") @Size(max = Codes.PERIOD_MAX) String from,
      @Parameter(example = "2021-12") @QueryParam("to") @Size(max = Codes.PERIOD_MAX) String to) {
    return service.list(from, to);
  }
}
