package vn.tradehub.bordertrade.turnover;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/border-trade/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Turnover")
public class SummaryResource {
  private final TurnoverService service;

  public SummaryResource(TurnoverService service) {
    this.service = service;
  }

  @Schema(name = "BorderTradeSummary")
  public record Summary(
      @Schema(
              description = "Latest month with turnover, YYYY-MM; null when there is none",
              example = "2021-12",
              nullable = true)
          String latestMonth,
      @Schema(description = "Turnover January..latestMonth, all flows, USD") BigDecimal ytdValueUsd,
      @Schema(
              description =
                  "Change against the same months a year earlier, in %; null without turnover a"
                      + " year earlier",
              nullable = true)
          BigDecimal ytdChangePct,
      @Schema(description = "Exports January..latestMonth, USD") BigDecimal ytdExportsUsd,
      @Schema(
              description =
                  "Change of exports against a year earlier, in %; null without exports a year"
                      + " earlier",
              nullable = true)
          BigDecimal ytdExportsChangePct) {}

  @GET
  @Authenticated
  @Operation(
      summary = "Current border-trade summary",
      description =
          "Year to date through the latest month with turnover; the gateway's overview shows it.")
  @APIResponse(responseCode = "200", description = "The summary")
  public Summary summary() {
    return service.summary();
  }
}
