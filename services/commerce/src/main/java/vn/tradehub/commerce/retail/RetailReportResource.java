package vn.tradehub.commerce.retail;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.figures.PeriodRange;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

@Path("/api/v1/commerce/retail-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Retail reports",
    description =
        "A unit's monthly report of retail sales of goods and consumer-service revenue, keyed by"
            + " the unit's official code and the month: by district (huyện, thành phố) until"
            + " 2025-06, by commune (xã, phường) from 2025-07, as the administrative units of the"
            + " geography library stood in that month (GET /api/v1/province/geography/units at the"
            + " gateway)")
public class RetailReportResource {
  /** A district's (3 digits) or a commune's (5 digits) official code. */
  static final String UNIT_CODE = "^[0-9]{3}([0-9]{2})?$";

  static final String UNIT_CODE_MESSAGE = "an official unit code: 3 or 5 digits";

  private final RetailReportService service;
  private final Lists lists;

  public RetailReportResource(RetailReportService service, Lists lists) {
    this.service = service;
    this.lists = lists;
  }

  @PUT
  @Path("/{unitCode}/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      description =
          "Rules, each reported on its field (422): the unit must be one that reports in the"
              + " month: a district until 2025-06 (a commune code is refused, naming its district),"
              + " a commune or ward from 2025-07 (a district is refused, naming the communes that"
              + " succeeded it); the month must have begun (Vietnam time); every line's category"
              + " and ownership sector must exist; a value is whole đồng, zero or more; at most one"
              + " line per (category, ownership). Lines in another order are the same report."
              + " Every change is kept as a revision and published on commerce.retail.v1"
              + " (RetailReported or RetailRevised, key = unitCode) with the indicators of every"
              + " territory of the month, the year-to-date of the later months and the comparisons"
              + " of the next year on commerce.indicators.v1, in one transaction.")
  public RestResponse<RetailReportResponse> put(
      @Valid @BeanParam RetailReportKey key,
      @BeanParam Conditions conditions,
      @Valid RetailReportRequest request,
      @Context UriInfo uri) {
    return service.put(key.unitCode(), key.period(), conditions, request).toResponse(uri.getPath());
  }

  @GET
  @Path("/{unitCode}/{period}")
  @Authenticated
  public RestResponse<RetailReportResponse> get(@Valid @BeanParam RetailReportKey key) {
    RetailReportResponse report = service.get(key.unitCode(), key.period());
    return Saved.read(report, report.version());
  }

  @GET
  @Path("/{unitCode}/{period}/revisions")
  @Authenticated
  public List<Revision> revisions(@Valid @BeanParam RetailReportKey key) {
    return service.revisions(key.unitCode(), key.period());
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  @Operation(description = "Ordered by month, then unit. In CSV, one row per report line.")
  public RestResponse<Page<RetailReportResponse>> list(
      @Parameter(description = "Only this unit's reports (its official code)", example = "027")
          @QueryParam("unit")
          @Size(max = 5)
          @Pattern(regexp = UNIT_CODE, message = UNIT_CODE_MESSAGE)
          String unit,
      @Valid @BeanParam PeriodRange range,
      @BeanParam PageParams page) {
    return lists.respond(
        page,
        Keyset.ofParts(
            r -> new String[] {r.period(), r.unitCode()},
            (after, limit) -> service.page(unit, range.first(), range.last(), after, limit),
            2),
        RetailReportLineRow.class,
        RetailReportLineRow::of);
  }
}
