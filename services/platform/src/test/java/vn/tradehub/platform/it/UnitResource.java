package vn.tradehub.platform.it;

import jakarta.ws.rs.Path;
import vn.tradehub.platform.figures.UnitResourceBase;
import vn.tradehub.platform.web.Lists;

@Path("/api/v1/units")
public class UnitResource extends UnitResourceBase {
  public UnitResource(Lists lists) {
    super(lists);
  }
}
