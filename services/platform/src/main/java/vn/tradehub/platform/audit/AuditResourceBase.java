package vn.tradehub.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;

/**
 * The audit query every service exposes under its own prefix: a service declares
 * {@code @Path("/api/v1/<service>/audit") class AuditResource extends AuditResourceBase}.
 */
@Tag(name = "Audit", description = "Who wrote what, when, from where, and with which outcome")
public abstract class AuditResourceBase {
  private final AuditTrail trail;
  private final Lists lists;

  protected AuditResourceBase(AuditTrail trail, Lists lists) {
    this.trail = trail;
    this.lists = lists;
  }

  @GET
  @Produces({"application/json", Csv.MEDIA_TYPE})
  @RolesAllowed(Roles.ADMIN)
  @SecurityRequirement(name = "Bearer", scopes = Roles.ADMIN)
  @Operation(
      summary = "Query the audit trail",
      description = "Every write to this service, newest first.")
  public RestResponse<Page<AuditEntry>> audit(
      @Parameter(description = "Only this principal") @QueryParam("principal") @Size(max = 200)
          String principal,
      @Parameter(
              description = "Only entries at or after this instant (ISO 8601)",
              example = "2026-01-01T00:00:00Z")
          @QueryParam("since")
          OffsetDateTime since,
      @BeanParam PageParams page) {
    return lists.respond(
        page,
        AuditEntry.class,
        Keyset.of(
            e -> Long.toString(e.id()),
            (before, limit) ->
                trail.query(
                    principal, since, before == null ? null : Long.valueOf(before), limit)));
  }
}
