package vn.tradehub.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Cursors;

/**
 * The audit query every service exposes under its own prefix: a service declares
 * {@code @Path("/api/v1/<service>/audit") class AuditResource extends AuditResourceBase}.
 */
@Tag(name = "Audit", description = "Who wrote what, when, from where, and with which outcome")
public abstract class AuditResourceBase {
  private final AuditTrail trail;

  protected AuditResourceBase(AuditTrail trail) {
    this.trail = trail;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Query the audit trail",
      description = "Admin only. Every write to this service, newest first.")
  @SecurityRequirement(name = "Bearer", scopes = Roles.ADMIN)
  @APIResponse(
      responseCode = "200",
      description = "Audit entries",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class),
              examples =
                  @ExampleObject(
                      name = "a-post",
                      value =
                          "[{\"id\":1,\"at\":\"2026-11-26T09:15:02Z\",\"principal\":\"gate-thanh-thuy\",\"method\":\"POST\","
                              + "\"path\":\"/api/v1/border-trade/shipments\",\"status\":201,\"outcome\":\"SUCCESS\","
                              + "\"requestId\":\"6f1c2a0e-8d1b-4c55-9a43-3d1f2f4e9b10\",\"remote\":\"10.20.1.7\"}]")))
  public List<AuditEntry> audit(
      @Parameter(description = "Only this principal") @QueryParam("principal") @Size(max = 200)
          String principal,
      @Parameter(
              description = "Only entries at or after this instant (ISO 8601)",
              example = "2026-01-01T00:00:00Z")
          @QueryParam("since")
          OffsetDateTime since,
      @Parameter(description = "At most this many (1 to 1000, default 100)")
          @QueryParam("limit")
          @Min(1)
          @Max(Cursors.MAX_LIMIT)
          Integer limit) {
    return trail.query(principal, since, Cursors.limit(limit));
  }
}
