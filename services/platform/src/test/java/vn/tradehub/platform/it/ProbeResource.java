package vn.tradehub.platform.it;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Operations that break their own document on purpose, so that {@code ContractValidationTest} can
 * show the exchange validator catches each kind of drift.
 */
@Path("/api/v1/probe")
@Produces("application/json")
public class ProbeResource {
  public record Shape(int n) {}

  /** Answers a status the document does not list. */
  @GET
  @Path("/teapot")
  public RestResponse<Shape> teapot() {
    return RestResponse.ResponseBuilder.<Shape>create(418).entity(new Shape(1)).build();
  }

  /** Declares a maximum that the code does not enforce. */
  @GET
  @Path("/lax")
  public Shape lax(@QueryParam("n") @Parameter(schema = @Schema(maximum = "5")) int n) {
    return new Shape(n);
  }

  /** Answers a body of another shape than the one documented. */
  @GET
  @Path("/shape")
  @SuppressWarnings({"unchecked", "rawtypes"})
  public RestResponse<Shape> shape() {
    return (RestResponse) RestResponse.ok(java.util.Map.of("n", "not a number"));
  }
}
