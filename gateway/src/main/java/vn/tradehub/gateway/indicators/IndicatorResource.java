package vn.tradehub.gateway.indicators;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/province")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
  static final String INDICATORS_EXAMPLE =
      "{\"year\":2020,\"month\":null,\"asOf\":\"2021-01-05T02:00:00Z\",\"indicators\":["
          + "{\"code\":\"IIP\",\"nameVi\":\"Chỉ số sản xuất công nghiệp (IIP)\",\"nameEn\":\"Index of industrial production (IIP)\",\"unit\":\"index\","
          + "\"value\":90.84,\"change\":-9.16,\"target\":null,\"progress\":null,\"progressUnit\":null,\"status\":\"ESTIMATED\",\"period\":\"2020-12\","
          + "\"asOf\":\"2021-01-05T02:00:00Z\",\"sources\":[\"industry\"],\"breakdown\":null},"
          + "{\"code\":\"OUTPUT_VALUE\",\"nameVi\":\"Giá trị sản xuất công nghiệp (giá hiện hành)\",\"nameEn\":\"Industrial output value (current prices)\","
          + "\"unit\":\"billion VND\",\"value\":6181.4,\"change\":-1.08,\"target\":null,\"progress\":null,\"progressUnit\":null,\"status\":\"ESTIMATED\","
          + "\"period\":\"2020-12\",\"asOf\":\"2021-01-05T02:00:00Z\",\"sources\":[\"industry\"],\"breakdown\":null},"
          + "{\"code\":\"EXPORT_TURNOVER\",\"nameVi\":\"Kim ngạch xuất khẩu\",\"nameEn\":\"Export turnover\",\"unit\":\"million USD\",\"value\":242.00,"
          + "\"change\":-38.38,\"target\":null,\"progress\":null,\"progressUnit\":null,\"status\":\"FINAL\",\"period\":\"2020-12\","
          + "\"asOf\":\"2021-01-03T09:12:44Z\",\"sources\":[\"border-trade\"],\"breakdown\":null}]}";
  static final String INDICATORS_2021_EXAMPLE =
      "{\"year\":2021,\"month\":6,\"asOf\":\"2021-07-04T08:00:00Z\",\"indicators\":["
          + "{\"code\":\"BORDER_TURNOVER\",\"nameVi\":\"Kim ngạch xuất nhập khẩu qua các cửa khẩu\",\"nameEn\":\"Border-gate import-export turnover\","
          + "\"unit\":\"million USD\",\"value\":131.40,\"change\":12.85,\"target\":{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":270,"
          + "\"unit\":\"million USD\"},\"progress\":48.67,\"progressUnit\":\"%\",\"status\":\"FINAL\",\"period\":\"2021-06\",\"asOf\":\"2021-07-04T08:00:00Z\","
          + "\"sources\":[\"border-trade\"],\"breakdown\":[{\"flow\":\"EXPORT\",\"value\":70.10,\"change\":9.40},{\"flow\":\"IMPORT\",\"value\":61.30,\"change\":17.02}]},"
          + "{\"code\":\"IIP\",\"nameVi\":\"Chỉ số sản xuất công nghiệp (IIP)\",\"nameEn\":\"Index of industrial production (IIP)\",\"unit\":\"index\","
          + "\"value\":105.20,\"change\":5.20,\"target\":{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\"%\"},\"progress\":-1.60,"
          + "\"progressUnit\":\"pp\",\"status\":\"ESTIMATED\",\"period\":\"2021-06\",\"asOf\":\"2021-07-03T02:00:00Z\",\"sources\":[\"industry\"],\"breakdown\":null}]}";

  private final IndicatorService indicators;
  private final ReadModelConsumer readModel;
  private final Caller caller;

  public IndicatorResource(
      IndicatorService indicators, ReadModelConsumer readModel, Caller caller) {
    this.indicators = indicators;
    this.readModel = readModel;
    this.caller = caller;
  }

  @GET
  @Path("/indicators")
  @Authenticated
  @Tag(
      name = ApiDocs.TAG_INDICATORS,
      description =
          "The Department's key figures, from the gateway's read model of the services' events")
  @Operation(
      summary = "The province's key figures, year to date, against the plan",
      description =
          "Year to date through `month` (the whole year when it is omitted), from the read model that the gateway keeps"
              + " from the services' events:\n\n"
              + "- `IIP`: the year-to-date IIP (same months a year earlier = 100) of the latest industry month ≤ `month`; `change` = index − 100;\n"
              + "- `OUTPUT_VALUE`: industrial output value at current prices, billion VND (one decimal), and its change in %;\n"
              + "- `RETAIL_SALES`: total retail sales of goods and services, billion VND, and its change in %;\n"
              + "- `BORDER_TURNOVER`: border-gate import-export turnover of every flow, million USD, January..month (for the whole"
              + " year, through the latest month with turnover) against the same months a year earlier, with a `breakdown` by flow;\n"
              + "- `EXPORT_TURNOVER`: the EXPORT flow alone;\n"
              + "- `ELECTRIFICATION`: share of border villages whose electricity meets the criterion, %.\n\n"
              + "Each figure has its `status` (the weakest of the reports it was computed from; border-trade figures are FINAL),"
              + " `asOf` (the time of the latest event included), its sources, and, when the year's plan has a target for it,"
              + " `progress`: % of an ABSOLUTE target, or percentage points above (+) or below (−) a GROWTH_PCT target."
              + " Figures the read model has no event for yet are null.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(
              mediaType = ApiDocs.JSON,
              schema = @Schema(implementation = IndicatorsResponse.class),
              examples = {
                @ExampleObject(name = "2020", value = INDICATORS_EXAMPLE),
                @ExampleObject(name = "2021-06 against the plan", value = INDICATORS_2021_EXAMPLE)
              }))
  @APIResponse(
      responseCode = "422",
      description = "year outside 2000..2100, month outside 1..12, or year missing",
      content =
          @Content(
              mediaType = ApiDocs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "bad-month", value = ApiDocs.PROBLEM_422_MONTH)))
  public IndicatorsResponse indicators(
      @Parameter(description = "The year", example = "2020")
          @QueryParam("year")
          @NotNull(message = ApiDocs.REQUIRED)
          @Min(value = 2000, message = ApiDocs.YEAR_RANGE)
          @Max(value = 2100, message = ApiDocs.YEAR_RANGE)
          Integer year,
      @Parameter(
              description = "Year to date through this month, 1..12; omitted = the whole year",
              example = "12")
          @QueryParam("month")
          @Min(value = 1, message = ApiDocs.MONTH_RANGE)
          @Max(value = 12, message = ApiDocs.MONTH_RANGE)
          Integer month) {
    return indicators.indicators(year, month);
  }

  @GET
  @Path("/series")
  @Authenticated
  @Tag(name = ApiDocs.TAG_INDICATORS)
  @Operation(
      summary = "Monthly series for the dashboard's charts",
      description =
          "For each month of `year` and of the year before: the month's IIP (same month a year earlier = 100, from the"
              + " industry events' `iipMonth`), total retail sales and services (billion VND, one decimal) and border-gate"
              + " turnover of every flow (million USD). `status` is the status of the year's figure (ESTIMATED ones are"
              + " marked on the dashboard). Also the year's turnover by gate and by flow, largest first. Months without"
              + " an event are null.")
  @APIResponse(
      responseCode = "200",
      description = "The series",
      content =
          @Content(
              mediaType = ApiDocs.JSON,
              schema = @Schema(implementation = SeriesResponse.class),
              examples =
                  @ExampleObject(
                      name = "2020",
                      value =
                          "{\"year\":2020,\"iip\":[{\"month\":1,\"current\":93.40,\"previous\":108.10,\"status\":\"ESTIMATED\"}],\"retail\":[{\"month\":1,\"current\":1052.3,\"previous\":1011.0,\"status\":\"FINAL\"}],\"borderTurnover\":[{\"month\":1,\"current\":30.12,\"previous\":41.70,\"status\":\"FINAL\"}],\"byGate\":[{\"key\":\"THANH_THUY\",\"value\":301.50}],\"byFlow\":[{\"key\":\"EXPORT\",\"value\":242.00},{\"key\":\"IMPORT\",\"value\":118.30}]}")))
  @APIResponse(
      responseCode = "422",
      description = "year missing or outside 2000..2100",
      content =
          @Content(
              mediaType = ApiDocs.PROBLEM,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(
                      name = "bad-year",
                      value =
                          "{\"type\":\"/problems/validation\",\"title\":\"Request validation failed\",\"status\":422,\"detail\":\"must be between 2000 and 2100\",\"errors\":[{\"field\":\"year\",\"message\":\"must be between 2000 and 2100\",\"rejectedValue\":1999}]}")))
  public SeriesResponse series(
      @Parameter(description = "The year", example = "2020")
          @QueryParam("year")
          @NotNull(message = ApiDocs.REQUIRED)
          @Min(value = 2000, message = ApiDocs.YEAR_RANGE)
          @Max(value = 2100, message = ApiDocs.YEAR_RANGE)
          Integer year) {
    return indicators.series(year);
  }

  @POST
  @Path("/read-model/rebuild")
  @RolesAllowed(Roles.ADMIN)
  @Tag(
      name = ApiDocs.TAG_READ_MODEL,
      description = "Rebuilding the indicators read model from the Kafka topics, and its progress")
  @Operation(
      summary = "Rebuild the read model from the beginning of the topics",
      description =
          "In one transaction: empties the read model (industry and commerce months, border-trade rollups), forgets the"
              + " consumer's processed event ids, and moves to the next consumer generation, whose Kafka consumer group has"
              + " no committed offsets; that consumer then re-reads `industry.indicators.v1`, `commerce.indicators.v1` and"
              + " `border-trade.shipments.v1` from the beginning. Other gateway replicas switch within a few seconds."
              + " Plans and the change log are kept; SSE clients get a `rebuild` change. Until the consumer has caught"
              + " up the figures are incomplete: follow `GET /api/v1/province/read-model/status` until `state` is `LIVE`."
              + " Answers 202 with the new status.")
  @APIResponse(
      responseCode = "202",
      description = "Rebuild started; Location is the status to follow",
      headers = @Header(name = "Location"),
      content =
          @Content(
              mediaType = ApiDocs.JSON,
              schema = @Schema(implementation = ReadModelStatus.class),
              examples =
                  @ExampleObject(
                      name = "started",
                      value =
                          "{\"state\":\"REBUILDING\",\"generation\":2,\"consumerGroup\":\"gateway-indicators-3f2a9c1d-g2\",\"eventsApplied\":0,\"lag\":18240,\"asOf\":null,\"rebuiltAt\":\"2025-03-02T09:00:00Z\",\"rebuiltBy\":\"admin\"}")))
  public Response rebuild() {
    readModel.rebuild(caller.name());
    return Response.accepted(readModel.status())
        .location(java.net.URI.create("/api/v1/province/read-model/status"))
        .build();
  }

  @GET
  @Path("/read-model/status")
  @RolesAllowed(Roles.ADMIN)
  @Tag(name = ApiDocs.TAG_READ_MODEL)
  @Operation(
      summary = "Progress of the read model",
      description =
          "`state` (LIVE, or REBUILDING until the consumer's lag reaches 0 after a rebuild), the consumer generation and"
              + " group, the events it applied, its lag (records on the three topics not yet applied; null when Kafka does"
              + " not answer) and `asOf`, the time of the latest event applied.")
  @APIResponse(
      responseCode = "200",
      description = "The status",
      content =
          @Content(
              mediaType = ApiDocs.JSON,
              schema = @Schema(implementation = ReadModelStatus.class),
              examples =
                  @ExampleObject(
                      name = "live",
                      value =
                          "{\"state\":\"LIVE\",\"generation\":2,\"consumerGroup\":\"gateway-indicators-3f2a9c1d-g2\",\"eventsApplied\":18240,\"lag\":0,\"asOf\":\"2021-12-31T10:00:00Z\",\"rebuiltAt\":\"2025-03-02T09:00:00Z\",\"rebuiltBy\":\"admin\"}")))
  public ReadModelStatus status() {
    return readModel.status();
  }
}
