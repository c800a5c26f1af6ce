package vn.tradehub.bordertrade.rate;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tradehub.bordertrade.reference.ReferenceDataChanged;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * Exchange rates, each addressed by its currency and first valid day. Windows of one currency never
 * overlap, so a shipment converts with exactly one rate.
 */
@ApplicationScoped
public class ExchangeRateService {
  static final AggregateType<ExchangeRate, ExchangeRateResponse> TYPE =
      AggregateType.of(
          "exchange-rate",
          "Exchange rate",
          ExchangeRate.class,
          ExchangeRateResponse::of,
          r -> r.version);

  private final Aggregates aggregates;
  private final Revisions revisions;
  private final Event<ReferenceDataChanged> changed;

  public ExchangeRateService(
      Aggregates aggregates, Revisions revisions, Event<ReferenceDataChanged> changed) {
    this.aggregates = aggregates;
    this.revisions = revisions;
    this.changed = changed;
  }

  /** The rate's key in revisions and errors: {@code CNY/2020-03-02}. */
  static String key(String currency, LocalDate validFrom) {
    return currency + "/" + validFrom;
  }

  @Transactional
  public ExchangeRateResponse get(String currency, LocalDate validFrom) {
    return ExchangeRateResponse.of(require(currency, validFrom));
  }

  /**
   * Creates or replaces the rate of {@code currency} from {@code validFrom}, as {@link Conditions}
   * allow; 422 when its window would overlap another rate of the currency.
   */
  @Transactional
  public Saved<ExchangeRateResponse> put(
      String currency, LocalDate validFrom, Conditions conditions, ExchangeRateRequest request) {
    if (request.validTo().isBefore(validFrom)) {
      throw Problems.validation(
          "validTo", "must not be before validFrom " + validFrom, request.validTo());
    }
    ExchangeRate other =
        ExchangeRate.<ExchangeRate>find(
                "currency = ?1 and validFrom <> ?2 and validFrom <= ?3 and validTo >= ?2"
                    + " order by validFrom",
                currency,
                validFrom,
                request.validTo())
            .firstResult();
    if (other != null) {
      // Name the end that runs into the other window.
      boolean endOverlaps = other.validFrom.isAfter(validFrom);
      throw Problems.validation(
          endOverlaps ? "validTo" : "validFrom",
          "a "
              + currency
              + " rate is already valid within "
              + other.validFrom
              + ".."
              + other.validTo
              + "; rates of one currency may not overlap",
          endOverlaps ? request.validTo() : validFrom);
    }
    Saved<ExchangeRateResponse> saved =
        aggregates.put(
            TYPE,
            key(currency, validFrom),
            conditions,
            find(currency, validFrom),
            () -> {
              ExchangeRate r = new ExchangeRate();
              r.id = UUID.randomUUID();
              r.currency = currency;
              r.validFrom = validFrom;
              return r;
            },
            r -> {
              // Hibernate compares decimals by scale: assigning 33.5 over the stored 33.500000
              // would write a new version at commit although Aggregates saw no change.
              if (r.unitsPerUsd == null || r.unitsPerUsd.compareTo(request.unitsPerUsd()) != 0)
                r.unitsPerUsd = request.unitsPerUsd();
              r.validTo = request.validTo();
              r.source = request.source();
            });
    if (saved.outcome() != Saved.Outcome.UNCHANGED)
      changed.fire(new ReferenceDataChanged("exchange rate " + key(currency, validFrom)));
    return saved;
  }

  /** A rate to put: its key and content. */
  public record Put(String currency, LocalDate validFrom, ExchangeRateRequest request) {}

  /**
   * Creates, in one transaction and one flush, the rates whose window no rate of their currency
   * covers yet (the demo loader's months of rates); the others are left as they are. Each creation
   * is a revision, as through {@link #put}. Returns how many were created.
   */
  @Transactional
  public int createAll(List<Put> puts) {
    Map<String, List<ExchangeRate>> held =
        ExchangeRate.<ExchangeRate>list(
                "currency in ?1", puts.stream().map(Put::currency).distinct().toList())
            .stream()
            .collect(Collectors.groupingBy(r -> r.currency));
    List<Revisions.Entry> created = new ArrayList<>();
    for (Put p : puts) {
      List<ExchangeRate> same = held.computeIfAbsent(p.currency(), c -> new ArrayList<>());
      boolean covered =
          same.stream()
              .anyMatch(
                  r ->
                      !r.validFrom.isAfter(p.request().validTo())
                          && !r.validTo.isBefore(p.validFrom()));
      if (covered || p.request().validTo().isBefore(p.validFrom())) continue;
      ExchangeRate r = new ExchangeRate();
      r.id = UUID.randomUUID();
      r.currency = p.currency();
      r.validFrom = p.validFrom();
      r.validTo = p.request().validTo();
      r.unitsPerUsd = p.request().unitsPerUsd();
      r.source = p.request().source();
      r.persist();
      same.add(r);
      created.add(
          new Revisions.Entry(
              TYPE.name(),
              key(r.currency, r.validFrom),
              0,
              "CREATED",
              "system",
              null,
              ExchangeRateResponse.of(r)));
    }
    if (created.isEmpty()) return 0;
    ExchangeRate.flush();
    revisions.recordAll(created);
    changed.fire(new ReferenceDataChanged(created.size() + " exchange rates"));
    return created.size();
  }

  @Transactional
  public List<Revision> revisions(String currency, LocalDate validFrom) {
    return aggregates.revisions(TYPE, require(currency, validFrom).id, key(currency, validFrom));
  }

  /**
   * A page in (currency, validFrom) order after {@code after} (null on the first page), of one
   * currency when given.
   */
  @Transactional
  public List<ExchangeRateResponse> page(String currency, String[] after, int limit) {
    List<String> where = new ArrayList<>();
    Parameters params = new Parameters();
    if (currency != null) {
      where.add("currency = :currency");
      params.and("currency", currency);
    }
    if (after != null) {
      where.add(
          "(currency > :afterCurrency or (currency = :afterCurrency and validFrom > :afterFrom))");
      params.and("afterCurrency", after[0]).and("afterFrom", LocalDate.parse(after[1]));
    }
    String query =
        (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by currency, validFrom";
    return ExchangeRate.<ExchangeRate>find(query, params).page(0, limit).stream()
        .map(ExchangeRateResponse::of)
        .toList();
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

  private ExchangeRate find(String currency, LocalDate validFrom) {
    return ExchangeRate.<ExchangeRate>find("currency = ?1 and validFrom = ?2", currency, validFrom)
        .firstResult();
  }

  private ExchangeRate require(String currency, LocalDate validFrom) {
    ExchangeRate r = find(currency, validFrom);
    if (r == null) throw Problems.notFound("Exchange rate", key(currency, validFrom));
    return r;
  }
}
