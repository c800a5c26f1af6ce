package vn.tradehub.industry.enterprise;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.codelist.LocatedCodeListResource;

@Path("/api/v1/industry/enterprises")
@Tag(
    name = "Enterprises",
    description =
        "Industrial enterprises, by tax code (MST): 10 digits, or 10 + '-' + 3 for a branch, the"
            + " 10th digit being the check digit of the first nine (weights 31, 29, 23, 19, 17, 13,"
            + " 7, 5, 3; check = 10 − sum mod 11). The main VSIC class is the enterprise's"
            + " industry: reports of products of another division get a warning. Each enterprise"
            + " keeps where it lay, period by period (`locations`); its monthly reports are placed"
            + " in the unit of their month.")
public class EnterpriseResource
    extends LocatedCodeListResource<EnterpriseRequest, EnterpriseResponse> {
  public EnterpriseResource(EnterpriseService service) {
    super(service, EnterpriseResponse.class, EnterpriseResponse::taxCode);
  }
}
