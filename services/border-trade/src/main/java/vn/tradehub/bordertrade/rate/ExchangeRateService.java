package vn.tradehub.bordertrade.rate;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tradehub.bordertrade.reference.ReferenceDataChanged;
import vn.tradehub.platform.problem.Problems;

@ApplicationScoped
public class ExchangeRateService {
  private final Event<ReferenceDataChanged> changed;

  public ExchangeRateService(Event<ReferenceDataChanged> changed) {
    this.changed = changed;
  }

  @Transactional
  public ExchangeRateResponse create(@Valid ExchangeRateRequest request) {
    if (request.validTo().isBefore(request.validFrom())) {
      throw Problems.validation(
          "validTo", "must not be before validFrom " + request.validFrom(), request.validTo());
    }
    long overlapping =
        ExchangeRate.count(
            "currency = ?1 and validFrom <= ?3 and validTo >= ?2",
            request.currency(),
            request.validFrom(),
            request.validTo());
    if (overlapping > 0) {
      throw Problems.conflict(
          "A "
              + request.currency()
              + " rate is already valid within "
              + request.validFrom()
              + ".."
              + request.validTo()
              + "; rates of one currency may not overlap",
          null);
    }
    ExchangeRate r = new ExchangeRate();
    r.id = UUID.randomUUID();
    r.currency = request.currency();
    r.unitsPerUsd = request.unitsPerUsd();
    r.validFrom = request.validFrom();
    r.validTo = request.validTo();
    r.source = request.source();
    r.persist();
    changed.fire(new ReferenceDataChanged("exchange rate " + r.currency));
    return ExchangeRateResponse.of(r);
  }

  @Transactional
  public List<ExchangeRateResponse> list(String currency) {
    List<ExchangeRate> rates =
        currency == null
            ? ExchangeRate.listAll(Sort.by("currency").and("validFrom"))
            : ExchangeRate.list("currency", Sort.by("validFrom"), currency);
    return rates.stream().map(ExchangeRateResponse::of).toList();
  }

  /** Every rate, for converting many lines without a query each. */
  @Transactional
  public RateTable table() {
    List<ExchangeRate> all = ExchangeRate.listAll();
    return new RateTable(
        all.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.currency,
                    Collectors.mapping(
                        r -> new RateTable.Rate(r.unitsPerUsd, r.validFrom, r.validTo, r.source),
                        Collectors.toUnmodifiableList()))));
  }
}
