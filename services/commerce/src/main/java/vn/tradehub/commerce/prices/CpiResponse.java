package vn.tradehub.commerce.prices;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Cpi")
public record CpiResponse(
    @Schema(example = "2021-03") String period,
    @Schema(example = "2010") String base,
    @Schema(example = "171.2350") BigDecimal indexValue,
    @Schema(example = "0") long version,
    @Schema(example = "statistics-office") String recordedBy,
    @Schema(example = "2021-04-06T02:00:00Z") OffsetDateTime recordedAt) {

  static CpiResponse of(Cpi c) {
    return new CpiResponse(c.period, c.base, c.indexValue, c.version, c.recordedBy, c.recordedAt);
  }
}
