package vn.tradehub.commerce.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.geo.Place;

@Schema(name = "Market")
public record MarketResponse(
    @Schema(example = "CHO_MEO_VAC") String code,
    @Schema(example = "Chợ trung tâm Mèo Vạc") String nameVi,
    @Schema(example = "Meo Vac Central Market") String nameEn,
    @Schema(description = "Where the market lay, period by period, with the units' names")
        List<Place> locations,
    @Schema(example = "II") Market.MarketClass marketClass,
    @Schema(example = "false") boolean borderMarket,
    @Schema(example = "COOPERATIVE") Market.ManagementModel managementModel,
    @Schema(
            implementation = String.class,
            format = "date",
            nullable = true,
            description = "Date the current management model took effect; null when unknown",
            example = "2019-07-01")
        LocalDate managementModelSince,
    @Schema(example = "ACTIVE") Market.Status status,
    @Schema(example = "0") long version,
    @Schema(example = "admin", description = "Who made the last change") String updatedBy,
    @Schema(example = "2021-03-02T03:00:00Z") OffsetDateTime updatedAt)
    implements Versioned {

  static MarketResponse of(Market m, Locations locations) {
    return new MarketResponse(
        m.code,
        m.nameVi,
        m.nameEn,
        locations.describe(m.locations),
        m.marketClass,
        m.borderMarket,
        m.managementModel,
        m.managementModelSince,
        m.status,
        m.version,
        m.updatedBy,
        m.updatedAt);
  }
}
