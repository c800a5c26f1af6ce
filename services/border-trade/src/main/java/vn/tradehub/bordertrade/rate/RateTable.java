package vn.tradehub.bordertrade.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every exchange rate, looked up per line in memory. Immutable. */
public final class RateTable {
  public record Rate(
      BigDecimal unitsPerUsd, LocalDate validFrom, LocalDate validTo, String source) {}

  /** A value converted to USD with the rate used. */
  public record Conversion(BigDecimal valueUsd, BigDecimal unitsPerUsd, String source) {}

  private final Map<String, List<Rate>> byCurrency;

  public RateTable(Map<String, List<Rate>> byCurrency) {
    this.byCurrency = Map.copyOf(byCurrency);
  }

  public Optional<Conversion> toUsd(BigDecimal amount, String currency, LocalDate on) {
    return byCurrency.getOrDefault(currency, List.of()).stream()
        .filter(r -> !on.isBefore(r.validFrom()) && !on.isAfter(r.validTo()))
        .findFirst()
        .map(
            r ->
                new Conversion(
                    amount.divide(r.unitsPerUsd(), 2, RoundingMode.HALF_UP),
                    r.unitsPerUsd(),
                    r.source()));
  }
}
