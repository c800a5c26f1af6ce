package vn.tradehub.industry.report;

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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.figures.FigureStatus;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.figures.Unit;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

@Path("/api/v1/industry/production-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry production reports",
    description = "Monthly production by enterprise and product, with every revision kept")
public class ReportResource {
  static final String TAX_CODE = "^\\d{10}(-\\d{3})?$";

  /** A row of the CSV: one report line, with its report's key. */
  public record LineRow(
      String taxCode,
      String period,
      FigureStatus status,
      long version,
      String productCode,
      Unit unit,
      BigDecimal quantity,
      BigDecimal outputValueCurrentVnd,
      BigDecimal outputValueConstantVnd) {
    static List<LineRow> of(ReportResponse r) {
      return r.lines().stream()
          .map(
              l ->
                  new LineRow(
                      r.taxCode(),
                      r.period(),
                      r.status(),
                      r.version(),
                      l.productCode(),
                      l.unit(),
                      l.quantity(),
                      l.outputValueCurrentVnd(),
                      l.outputValueConstantVnd()))
          .toList();
    }
  }

  private final ReportService service;
  private final Lists lists;

  public ReportResource(ReportService service, Lists lists) {
    this.service = service;
    this.lists = lists;
  }

  @PUT
  @Path("/{taxCode}/{period}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      summary = "File or revise an enterprise's monthly production report",
      description =
          "The key is the enterprise's tax code (MST) and the month. Validation (422, a field-level"
              + " entry per failure): the tax code's format and check digit, a registered"
              + " enterprise, a month not in the future, known products listed once, quantities and"
              + " values not negative, and an enterprise located somewhere in that month (its"
              + " `locations`; without one, 422 naming the month). A product outside the"
              + " enterprise's industry (another VSIC division than its main class) is accepted with"
              + " a warning in `warnings`.\n\n"
              + "The report is placed in the unit the enterprise was located in on the month's first"
              + " day (or where it was first located in that month): `placedIn`. Its figures count"
              + " for every territory that contains that unit; a later change of the enterprise's"
              + " locations places its reports anew.\n\n"
              + "Events: `ProductionReported` or `ProductionRevised` on `industry.production.v1`"
              + " (key = tax code), and `IndustryIndicatorsComputed` on `industry.indicators.v1`"
              + " (key = `<territory>|<period>`) for every province-level territory with reports in"
              + " every month whose indicators the change affects: the month, the later months of"
              + " its year (year to date), and the same and later months of the next year.")
  public RestResponse<ReportResponse> put(
      @Valid @BeanParam ReportKey key,
      @BeanParam Conditions conditions,
      ReportRequest request,
      @Context UriInfo uri) {
    return service.put(key.taxCode(), key.period(), conditions, request).toResponse(uri.getPath());
  }

  @GET
  @Path("/{taxCode}/{period}")
  @Authenticated
  @Operation(summary = "Read a production report")
  public RestResponse<ReportResponse> get(@Valid @BeanParam ReportKey key) {
    ReportResponse r = service.get(key.taxCode(), key.period());
    return Saved.read(r, r.version());
  }

  @GET
  @Path("/{taxCode}/{period}/revisions")
  @Authenticated
  @Operation(
      summary = "Every revision of a production report",
      description = "Oldest first. Who posted a revision is shown to ADMIN and STATISTICS only.")
  public List<Revision> revisions(@Valid @BeanParam ReportKey key) {
    return service.revisions(key.taxCode(), key.period());
  }

  @GET
  @Authenticated
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "List production reports",
      description = "By period then tax code. In CSV, one row per report line.")
  public RestResponse<Page<ReportResponse>> list(
      @Parameter(description = "Only this month")
          @QueryParam("period")
          @Size(max = 7)
          @Pattern(regexp = Periods.PATTERN)
          String period,
      @Parameter(description = "Only this enterprise")
          @QueryParam("taxCode")
          @Size(max = 14)
          @Pattern(regexp = TAX_CODE)
          String taxCode,
      @BeanParam PageParams page) {
    return lists.respond(
        page,
        Keyset.ofParts(
            r -> new String[] {r.period(), r.taxCode()},
            (after, limit) -> service.page(period, taxCode, after, limit),
            2),
        LineRow.class,
        LineRow::of);
  }
}
