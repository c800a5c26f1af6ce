package vn.tradehub.bordertrade.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRate")
public record ExchangeRateResponse(
    @Schema(example = "CNY") String currency,
    @Schema(description = "First valid day, inclusive", example = "2020-03-02") LocalDate validFrom,
    @Schema(description = "Units of the currency per 1 USD", example = "6.8976")
        BigDecimal unitsPerUsd,
    @Schema(description = "Last valid day, inclusive", example = "2020-03-08") LocalDate validTo,
    @Schema(example = "SBV weekly cross rate 2020-W10") String source,
    @Schema(example = "0") long version) {
  static ExchangeRateResponse of(ExchangeRate r) {
    return new ExchangeRateResponse(
        r.currency, r.validFrom, r.unitsPerUsd, r.validTo, r.source, r.version);
  }
}
