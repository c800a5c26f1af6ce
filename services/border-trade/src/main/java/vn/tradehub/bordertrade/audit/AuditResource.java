package vn.tradehub.bordertrade.audit;

import jakarta.ws.rs.Path;
import vn.tradehub.platform.audit.AuditResourceBase;
import vn.tradehub.platform.audit.AuditTrail;
import vn.tradehub.platform.web.Lists;

/** This service's audit trail (the query itself is the platform's). */
@Path("/api/v1/border-trade/audit")
public class AuditResource extends AuditResourceBase {
  public AuditResource(AuditTrail trail, Lists lists) {
    super(trail, lists);
  }
}
