package vn.tradehub.gateway.indicators;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.security.Roles;

@Path("/api/v1/province")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
  static final String TERRITORY =
      "The territory: a unit code (08 the province of the period: Hà Giang 02 before 2025-07-01,"
          + " the merged Tuyên Quang from then; 02 the former Hà Giang area at any date), pinned to"
          + " a date when a code means two units (08@2025-06-30 the former Tuyên Quang), or a"
          + " district or commune. Default: the Department's province of the period.";

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
  public IndicatorsResponse indicators(
      @Valid @BeanParam YearTerritory asked,
      @Parameter(
              description = "Year to date through this month, 1..12; omitted = the whole year",
              example = "12")
          @QueryParam("month")
          @Min(value = 1, message = ApiDocs.MONTH_RANGE)
          @Max(value = 12, message = ApiDocs.MONTH_RANGE)
          Integer month) {
    return indicators.indicators(asked.year(), month, asked.territory());
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
  public SeriesResponse series(@Valid @BeanParam YearTerritory asked) {
    return indicators.series(asked.year(), asked.territory());
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
      content = @Content(schema = @Schema(implementation = ReadModelStatus.class)))
  public RestResponse<ReadModelStatus> rebuild() {
    readModel.rebuild(caller.name());
    return RestResponse.ResponseBuilder.<ReadModelStatus>accepted()
        .entity(readModel.status())
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
  public ReadModelStatus status() {
    return readModel.status();
  }
}
