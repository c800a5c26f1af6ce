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
import jakarta.ws.rs.PathParam;
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
import vn.tradehub.platform.codelist.ReadableCodeListResource;
import vn.tradehub.platform.figures.Periods;
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
        "A district's monthly report of retail sales of goods and consumer-service revenue, keyed"
            + " by district and month")
public class RetailReportResource {
  private final RetailReportService service;
  private final Lists lists;

  public RetailReportResource(RetailReportService service, Lists lists) {
    this.service = service;
    this.lists = lists;
  }

  @PUT
  @Path("/{districtCode}/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      description =
          "Rules, each reported on its field (422): the district must exist; the month must have"
              + " begun (Vietnam time); every line's category and ownership sector must exist; a"
              + " value is whole đồng, zero or more; at most one line per (category, ownership)."
              + " Lines in another order are the same report. Every change is kept as a revision"
              + " and published on commerce.retail.v1 (RetailReported or RetailRevised, key ="
              + " district) with the month's indicators, the year-to-date of the later months and"
              + " the comparisons of the next year on commerce.indicators.v1, in one transaction.")
  public RestResponse<RetailReportResponse> put(
      @Parameter(example = "MEO_VAC")
          @PathParam("districtCode")
          @Size(max = ReadableCodeListResource.CODE_MAX)
          String districtCode,
      @Parameter(description = "YYYY-MM", example = "2021-03")
          @PathParam("period")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String period,
      @BeanParam Conditions conditions,
      @Valid RetailReportRequest request,
      @Context UriInfo uri) {
    return service.put(districtCode, period, conditions, request).toResponse(uri.getPath());
  }

  @GET
  @Path("/{districtCode}/{period}")
  @Authenticated
  public RestResponse<RetailReportResponse> get(
      @Parameter(example = "MEO_VAC")
          @PathParam("districtCode")
          @Size(max = ReadableCodeListResource.CODE_MAX)
          String districtCode,
      @Parameter(description = "YYYY-MM", example = "2021-03")
          @PathParam("period")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String period) {
    RetailReportResponse report = service.get(districtCode, period);
    return Saved.read(report, report.version());
  }

  @GET
  @Path("/{districtCode}/{period}/revisions")
  @Authenticated
  public List<Revision> revisions(
      @Parameter(example = "MEO_VAC")
          @PathParam("districtCode")
          @Size(max = ReadableCodeListResource.CODE_MAX)
          String districtCode,
      @Parameter(description = "YYYY-MM", example = "2021-03")
          @PathParam("period")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String period) {
    return service.revisions(districtCode, period);
  }

  @GET
  @Authenticated
  @Produces({"application/json", Csv.MEDIA_TYPE})
  @Operation(description = "Ordered by month, then district. In CSV, one row per report line.")
  public RestResponse<Page<RetailReportResponse>> list(
      @Parameter(description = "Only this district", example = "MEO_VAC")
          @QueryParam("district")
          @Size(max = ReadableCodeListResource.CODE_MAX)
          String district,
      @Parameter(description = "First month, YYYY-MM, inclusive", example = "2021-01")
          @QueryParam("from")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String from,
      @Parameter(description = "Last month, YYYY-MM, inclusive", example = "2021-12")
          @QueryParam("to")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String to,
      @BeanParam PageParams page) {
    return lists.respond(
        page,
        Keyset.ofParts(
            r -> new String[] {r.period(), r.districtCode()},
            (after, limit) -> service.page(district, from, to, after, limit),
            2),
        RetailReportLineRow.class,
        RetailReportLineRow::of);
  }
}
