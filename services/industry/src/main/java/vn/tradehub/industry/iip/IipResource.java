package vn.tradehub.industry.iip;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.industry.common.Docs;
import vn.tradehub.industry.common.Limits;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/industry/iip")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Industry IIP",
    description =
        "The Index of Industrial Production, computed by the statistics office's method (Laspeyres, fixed base-year weights)")
public class IipResource {
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
          + " earliest one). `status` is the weakest status (ESTIMATED < PRELIMINARY < FINAL) of the reports used.";
  static final String IIP_EXAMPLE =
      "{\"period\":\"2020-12\",\"compareTo\":\"PREVIOUS_YEAR\",\"cumulative\":true,\"level\":\"SECTION\",\"baseYear\":2015,"
          + "\"current\":{\"from\":\"2020-01\",\"to\":\"2020-12\"},\"comparison\":{\"from\":\"2019-01\",\"to\":\"2019-12\"},"
          + "\"status\":\"ESTIMATED\",\"index\":90.84,\"changePct\":-9.16,"
          + "\"rows\":[{\"level\":\"SECTION\",\"code\":\"B\",\"parentCode\":\"TOTAL\",\"nameVi\":\"Khai khoáng\",\"nameEn\":\"Mining and quarrying\",\"index\":80.12,\"changePct\":-19.88,\"weightSharePct\":18.00,\"totalWeightSharePct\":18.00,\"contributionPp\":-3.58},"
          + "{\"level\":\"SECTION\",\"code\":\"C\",\"parentCode\":\"TOTAL\",\"nameVi\":\"Công nghiệp chế biến, chế tạo\",\"nameEn\":\"Manufacturing\",\"index\":93.00,\"changePct\":-7.00,\"weightSharePct\":30.00,\"totalWeightSharePct\":30.00,\"contributionPp\":-2.10}],"
          + "\"contributions\":[],"
          + "\"coverage\":{\"productsUsed\":20,\"productsExcluded\":[],\"weightCoveredPct\":100.00}}";
  static final String WEIGHTS_FIELDS =
      "\"products\":[{\"productCode\":\"DIEN-SAN-XUAT\",\"outputValueVnd\":1450000000000,\"averageMonthlyQuantity\":120000000}],"
          + "\"valueAdded\":[{\"vsicCode\":\"3511\",\"valueAddedVnd\":820000000000},{\"vsicCode\":\"35\",\"valueAddedVnd\":900000000000},{\"vsicCode\":\"D\",\"valueAddedVnd\":900000000000}]";
  static final String WEIGHTS_EXAMPLE = "{" + WEIGHTS_FIELDS + "}";
  static final String BASE_YEAR_EXAMPLE =
      "{\"year\":2015,\"version\":0,\"updatedAt\":\"2024-05-02T10:00:00+07:00\","
          + WEIGHTS_FIELDS
          + "}";
  private final IipQuery query;
  private final BaseYearService baseYears;

  public IipResource(IipQuery query, BaseYearService baseYears) {
    this.query = query;
    this.baseYears = baseYears;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "The Index of Industrial Production",
      description =
          "The index of a month or year to date at the total, section, division or class level (or product), with the contributions of the sections.\n\n"
              + FORMULAS)
  @APIResponse(
      responseCode = "200",
      description = "The index",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = IipResponse.class),
              examples = @ExampleObject(name = "ytd-2020", value = IIP_EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description =
          "Not computable: no weights, an unknown base year, no product to compare, or a year to date against the previous month",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "not-computable",
                      value =
                          "{\"type\":\"/problems/iip-not-computable\",\"title\":\"IIP not computable\",\"status\":422,\"detail\":\"No weighted product has both a current and a comparison quantity for 2019-01 against PREVIOUS_YEAR\"}")))
  public IipResponse iip(
      @Parameter(description = "The month, YYYY-MM (required)", example = "2020-12")
          @QueryParam("period")
          @Size(max = Limits.PERIOD)
          String period,
      @Parameter(description = "What the quantities are compared with (default PREVIOUS_YEAR)")
          @QueryParam("compareTo")
          Comparison compareTo,
      @Parameter(description = "Year to date from cumulative quantities (default false)")
          @QueryParam("cumulative")
          Boolean cumulative,
      @Parameter(description = "The level of the rows (default TOTAL)") @QueryParam("level")
          IipCalculator.Level level,
      @Parameter(
              description =
                  "The weights' base year; by default the latest before the period's year")
          @QueryParam("baseYear")
          @Min(BaseYear.MIN_YEAR)
          @Max(BaseYear.MAX_YEAR)
          Integer baseYear) {
    return query.run(period, compareTo, cumulative, level, baseYear);
  }

  @PUT
  @Path("/base-years/{year}")
  @RolesAllowed({Roles.ADMIN, Roles.STATISTICS})
  @Operation(
      summary = "Set the IIP weights of a base year",
      description =
          "Per product: the base-year output value (its weight w within its VSIC class) and the base-year average"
              + " monthly quantity (q0 against the base year). Per VSIC class, division and section: the base-year value"
              + " added (W). Every class, division and section above a weighted product needs its value added (422"
              + " names the missing ones). Several base years coexist. Creating needs no precondition; replacing needs"
              + " If-Match (428/412). The indicators of every month using these weights are recomputed and republished.\n\n"
              + FORMULAS)
  @RequestBody(
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = BaseYearRequest.class),
              examples = @ExampleObject(name = "weights", value = WEIGHTS_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Replaced",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = BaseYearResponse.class),
              examples = @ExampleObject(name = "weights", value = BASE_YEAR_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Created",
      headers = {@Header(name = "ETag"), @Header(name = "Location")},
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = BaseYearResponse.class),
              examples = @ExampleObject(name = "weights", value = BASE_YEAR_EXAMPLE)))
  @APIResponse(
      responseCode = "422",
      description =
          "A rule of the weights is broken: a missing value added above a weighted product, an unknown product or VSIC code, a year after the current one",
      content =
          @Content(
              mediaType = Docs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "missing-va",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"missing the base-year value added of division 35\",\"errors\":[{\"field\":\"valueAdded\",\"message\":\"missing the base-year value added of division 35\",\"rejectedValue\":\"35\"}]}")))
  public Response putWeights(
      @Parameter(example = "2015")
          @PathParam("year")
          @Min(BaseYear.MIN_YEAR)
          @Max(BaseYear.MAX_YEAR)
          int year,
      @Parameter(description = Docs.IF_MATCH)
          @HeaderParam("If-Match")
          @Size(max = Versions.MAX_IF_MATCH_LENGTH)
          String ifMatch,
      BaseYearRequest request) {
    return baseYears
        .put(year, ifMatch, request)
        .toResponse("/api/v1/industry/iip/base-years/" + year);
  }

  @GET
  @Path("/base-years")
  @Authenticated
  @Operation(
      summary = "The base years with weights",
      description = "Ascending. Each IIP answer names the base year it used.")
  @APIResponse(
      responseCode = "200",
      description = "Years",
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = Integer.class),
              examples = @ExampleObject(name = "two", value = "[2015,2020]")))
  public List<Integer> years() {
    return baseYears.years();
  }

  @GET
  @Path("/base-years/{year}")
  @Authenticated
  @Operation(
      summary = "The weights of one base year",
      description = "Product weights and value added by VSIC code; the ETag is the version.")
  @APIResponse(
      responseCode = "200",
      description = "The weights",
      headers = @Header(name = "ETag"),
      content =
          @Content(
              mediaType = Docs.JSON,
              schema = @Schema(implementation = BaseYearResponse.class),
              examples = @ExampleObject(name = "weights", value = BASE_YEAR_EXAMPLE)))
  public Response weights(
      @PathParam("year") @Min(BaseYear.MIN_YEAR) @Max(BaseYear.MAX_YEAR) int year) {
    BaseYearResponse b = baseYears.get(year);
    return Response.ok(b).tag(Versions.etag(b.version())).build();
  }
}
