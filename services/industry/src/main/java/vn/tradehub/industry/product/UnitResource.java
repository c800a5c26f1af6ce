package vn.tradehub.industry.product;

import jakarta.ws.rs.Path;
import vn.tradehub.platform.figures.UnitResourceBase;
import vn.tradehub.platform.web.Lists;

/** The units products are measured in. */
@Path("/api/v1/industry/units")
public class UnitResource extends UnitResourceBase {
  public UnitResource(Lists lists) {
    super(lists);
  }
}
