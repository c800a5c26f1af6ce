package vn.tradehub.bordertrade.unit;

import jakarta.ws.rs.Path;
import vn.tradehub.platform.figures.UnitResourceBase;
import vn.tradehub.platform.web.Lists;

/** The units a shipment line's quantity may carry (the platform's UN/ECE list). */
@Path("/api/v1/border-trade/units")
public class UnitResource extends UnitResourceBase {
  public UnitResource(Lists lists) {
    super(lists);
  }
}
