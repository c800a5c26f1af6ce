package vn.tradehub.bordertrade.rate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExchangeRate")
public record ExchangeRateResponse(
    UUID id,
    String currency,
    BigDecimal unitsPerUsd,
    LocalDate validFrom,
    LocalDate validTo,
    String source) {
  static ExchangeRateResponse of(ExchangeRate r) {
    return new ExchangeRateResponse(
        r.id, r.currency, r.unitsPerUsd, r.validFrom, r.validTo, r.source);
  }
}
