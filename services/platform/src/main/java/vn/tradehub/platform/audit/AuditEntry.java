package vn.tradehub.platform.audit;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry")
public record AuditEntry(
    @Schema(example = "18342") long id,
    OffsetDateTime at,
    @Schema(example = "gate-thanh-thuy") String principal,
    @Schema(example = "POST") String method,
    @Schema(example = "/api/v1/border-trade/shipments") String path,
    @Schema(example = "201") int status,
    @Schema(description = "SUCCESS (2xx/3xx), REJECTED (4xx) or ERROR (5xx)", example = "SUCCESS")
        String outcome,
    @Schema(example = "6f1c2a0e-8d1b-4c55-9a43-3d1f2f4e9b10") String requestId,
    @Schema(
            description = "Client address (first X-Forwarded-For hop when behind the gateway)",
            example = "10.20.1.7")
        String remote) {}
