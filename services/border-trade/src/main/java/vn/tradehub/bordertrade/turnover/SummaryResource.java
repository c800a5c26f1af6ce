package vn.tradehub.bordertrade.turnover;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.figures.TerritoryParam;

@Path("/api/v1/border-trade/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Turnover")
public class SummaryResource {
  private final TurnoverService service;

  public SummaryResource(TurnoverService service) {
    this.service = service;
  }

  @GET
  @Authenticated
  @Operation(
      summary = "Turnover: current summary",
      description =
          "Year to date through the latest month with turnover, against the same months a year"
              + " earlier for the same territory (default: the province of that month); the"
              + " gateway's overview shows it.")
  public BorderTradeSummary summary(@Valid @BeanParam TerritoryParam territory) {
    return service.summary(territory.territory());
  }
}
