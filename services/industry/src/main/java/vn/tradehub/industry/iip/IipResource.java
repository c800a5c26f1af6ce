package vn.tradehub.industry.iip;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.figures.TerritoryParam;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Csv;
import vn.tradehub.platform.web.Keyset;
import vn.tradehub.platform.web.Lists;
import vn.tradehub.platform.web.Page;
import vn.tradehub.platform.web.PageParams;
import vn.tradehub.platform.web.Saved;

@Path("/api/v1/industry/iip")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry IIP",
    description =
        "The Index of Industrial Production and the base-year weights it uses.\n\n"
            + IipResource.FORMULAS)
public class IipResource {
  static final String PROVINCE = "^\\d{2}(@\\d{4}-\\d{2}-\\d{2})?$";
  static final String BASE_YEAR_TERRITORY =
      "The province: a code (the province at the end of the base year: 02 Hà Giang, 08 for 2020"
          + " the former Tuyên Quang, 08 from 2025 the merged one) or a pinned reference"
          + " (02@2025-06-30, 08@2025-06-30, 08@2025-07-01)";
  static final String FORMULAS =
      "**Method** (General Statistics Office; Laspeyres with fixed base-year weights), in five steps:\n\n"
          + "1. product index `i = q1 / q0 × 100` (q1 = current quantity summed over the enterprises' reports, q0 = the comparison quantity);\n"
          + "2. VSIC 4-digit class `I4 = Σ i·w / Σ w`, where w is the product's base-year output value;\n"
          + "3. VSIC 2-digit division `I2 = Σ I4·W4 / Σ W4`, where W4 is the class's base-year value added;\n"
          + "4. section (B, C, D, E) `IS = Σ I2·W2 / Σ W2`, W2 = the division's base-year value added;\n"
          + "5. whole industry `I = Σ IS·WS / Σ WS`, WS = the section's base-year value added.\n\n"
          + "**Comparison bases** (`compareTo`): `PREVIOUS_YEAR` (default; q0 = the same month a year earlier),"
          + " `PREVIOUS_MONTH` (q0 = the month before), `BASE_YEAR` (q0 = the base year's average monthly quantity,"
          + " × the number of months for a year to date).\n\n"
          + "**Year to date** (`cumulative=true`): `i = Σ q1(Jan..t) / Σ q0(Jan..t of the previous year) × 100`"
          + " from cumulative quantities, then the same steps. It is never the mean of monthly indices.\n\n"
          + "**Contributions**: a node's contribution to the total's change, in percentage points, is"
          + " `(I_node − 100) × s_node`, where s_node is the product of its renormalised weight shares up to the"
          + " total (`totalWeightSharePct`). The contributions of any one level add up to `I − 100`; rounded to"
          + " two decimals by largest remainder so the printed ones add up to the printed `changePct` too.\n\n"
          + "**Coverage**: a product without a comparison quantity (missing or 0) or without a current quantity"
          + " is left out and listed in `coverage.productsExcluded`; weights are renormalised over what remains at"
          + " every level. Reported products that have no weight are listed as `NOT_IN_WEIGHTS`.\n\n"
          + "**Weights**: `baseYear` picks them; by default the latest base year before the period's year (else the"
          + " earliest one). `status` is the weakest status (ESTIMATED < PRELIMINARY < FINAL) of the reports used.\n\n"
          + IipResource.TERRITORIES;

  static final String TERRITORIES =
      "**Territories** (`territory`): the IIP exists for provinces, each with its own base-year weights (key:"
          + " province + year, `/iip/base-years/{territory}/{year}`): Hà Giang `02` (until 2025-06-30; asked for a"
          + " later period, the former Hà Giang area in the new communes), the former Tuyên Quang `08@2025-06-30`"
          + " (likewise), and the merged Tuyên Quang `08` (from 2025-07-01). The quantities are the reports of the"
          + " enterprises located in the territory in each month, the comparison months included, so a comparison"
          + " is always for the same territory (the merged province in 2024 is both former provinces).\n\n"
          + "**The merged province's weights**: until it has base-year weights of its own (a base year from 2025"
          + " on), they are both former provinces' weights of the same base year combined, by the national method"
          + " applied to the merged area: each product's base-year output value w and average monthly quantity"
          + " are the sums of Hà Giang's and Tuyên Quang's (a product only one of them weighted keeps that one's),"
          + " and the value added W of every VSIC class, division and section is the sum of both provinces'. The"
          + " five steps then run unchanged over the merged area's quantities. The answer says so in"
          + " `weightsCombinedFrom`.\n\n"
          + "**Reproducing it**: read `GET /api/v1/industry/iip/base-years/02@2025-06-30/2020` and"
          + " `.../08@2025-06-30/2020`, add them line by line (products by code, value added by VSIC code): the"
          + " sums are `GET .../base-years/08@2025-07-01/2020` (`combinedFrom` names the two). Take each product's"
          + " quantities from the production reports of both former provinces' enterprises (`GET"
          + " /api/v1/industry/production-reports?period=`, each report's `placedIn` says where it lies), for the"
          + " month and the same month a year earlier, and apply the five steps above with the summed weights.";
  private final IipQuery query;
  private final BaseYearService baseYears;
  private final Lists lists;

  public IipResource(IipQuery query, BaseYearService baseYears, Lists lists) {
    this.query = query;
    this.baseYears = baseYears;
    this.lists = lists;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "The Index of Industrial Production",
      description =
          "The index of a province's month or year to date at the total, section, division, class"
              + " or product level, with the contributions of the sections. 422 when it cannot be"
              + " computed: a territory that is not a province, no weights, an unknown base year, no"
              + " product to compare, or a year to date against the previous month.\n\n"
              + TERRITORIES)
  public IipResponse iip(
      @Parameter(description = "The month, YYYY-MM (required)", example = "2020-12")
          @QueryParam("period")
          @Size(max = 7)
          @Pattern(regexp = "^\\d{4}-\\d{2}$")
          String period,
      @Valid @BeanParam TerritoryParam territory,
      @Parameter(description = "What the quantities are compared with (default PREVIOUS_YEAR)")
          @QueryParam("compareTo")
          Comparison compareTo,
      @Parameter(description = "Year to date from cumulative quantities (default false)")
          @QueryParam("cumulative")
          Boolean cumulative,
      @Parameter(description = "The level of the rows (default TOTAL)") @QueryParam("level")
          IipCalculator.Level level,
      @Parameter(description = "The weights' base year; by default the latest before the period's")
          @QueryParam("baseYear")
          @Min(BaseYear.MIN_YEAR)
          @Max(BaseYear.MAX_YEAR)
          Integer baseYear) {
    return query.run(period, territory.territory(), compareTo, cumulative, level, baseYear);
  }

  @PUT
  @Path("/base-years/{territory}/{year}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      summary = "Set the IIP weights of a province's base year",
      description =
          "Per product: the base-year output value (its weight w within its VSIC class) and the"
              + " base-year average monthly quantity (q0 against the base year). Per VSIC class,"
              + " division and section: the base-year value added (W). Every class, division and"
              + " section above a weighted product needs its value added (422 names the missing"
              + " ones). The key is the province and the year; several base years coexist. A"
              + " province's own weights are for years it existed in: the merged Tuyên Quang's"
              + " weights before 2025 are its former provinces' combined (422 says so). The"
              + " indicators of every month using these weights, own or combined, are recomputed"
              + " and republished.")
  public RestResponse<BaseYearResponse> putWeights(
      @Valid @BeanParam BaseYearKey key,
      @BeanParam Conditions conditions,
      BaseYearRequest request,
      @Context UriInfo uri) {
    return baseYears
        .put(key.territory(), key.year(), conditions, request)
        .toResponse(uri.getPath());
  }

  @GET
  @Path("/base-years")
  @Authenticated
  @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
  @Operation(
      summary = "The base years with weights",
      description =
          "By province (its pinned reference) then year: each province's own base years and the"
              + " combined ones of the merged province (`combinedFrom`).")
  public RestResponse<Page<BaseYearResponse>> years(
      @Parameter(
              description = "Only this province's (a bare code: the province of today)",
              example = "02")
          @QueryParam("territory")
          @Size(max = Territories.PARAMETER_MAX)
          @Pattern(regexp = PROVINCE)
          String territory,
      @BeanParam PageParams page) {
    return lists.respond(
        page,
        BaseYearResponse.class,
        Keyset.ofParts(
            b -> new String[] {b.territory().ref(), Integer.toString(b.year())},
            (after, limit) -> baseYears.page(territory, after, limit),
            2));
  }

  @GET
  @Path("/base-years/{territory}/{year}")
  @Authenticated
  @Operation(
      summary = "The weights of a province's base year",
      description =
          "The province's own weights, or, for the merged Tuyên Quang before it had its own, both"
              + " former provinces' weights of that year summed (products by code, value added by"
              + " VSIC code; `combinedFrom` names them).")
  public RestResponse<BaseYearResponse> weights(@Valid @BeanParam BaseYearKey key) {
    BaseYearResponse b = baseYears.get(key.territory(), key.year());
    return Saved.read(b, b.version());
  }

  @GET
  @Path("/base-years/{territory}/{year}/revisions")
  @Authenticated
  @Operation(summary = "Every revision of a province's own weights of a base year")
  public List<Revision> revisions(@Valid @BeanParam BaseYearKey key) {
    return baseYears.revisions(key.territory(), key.year());
  }
}
