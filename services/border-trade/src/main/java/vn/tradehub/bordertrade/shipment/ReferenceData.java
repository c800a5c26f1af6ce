package vn.tradehub.bordertrade.shipment;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import vn.tradehub.bordertrade.gate.BorderGate;
import vn.tradehub.bordertrade.rate.ExchangeRateService;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.bordertrade.reference.ReferenceDataChanged;
import vn.tradehub.platform.geo.Location;

/**
 * The gates' validity windows and locations, and the exchange rates every posted line is checked
 * against, read once instead of on every post (they were two of the six round trips of a post).
 *
 * <p>A change on this replica drops the cache when its transaction commits. Another replica sees it
 * within {@code quarkus.cache.caffeine."border-reference".expire-after-write} (1 s): no later than
 * a post racing the change would anyway.
 */
@ApplicationScoped
public class ReferenceData {
  static final String CACHE = "border-reference";

  /** Validity windows by gate code, and every exchange rate. */
  public record Snapshot(Map<String, ShipmentRules.GateWindow> gates, RateTable rates) {}

  private final ExchangeRateService rates;
  private final Cache cache;

  public ReferenceData(ExchangeRateService rates, @CacheName(CACHE) Cache cache) {
    this.rates = rates;
    this.cache = cache;
  }

  @CacheResult(cacheName = CACHE)
  @Transactional
  public Snapshot snapshot() {
    Map<String, ShipmentRules.GateWindow> gates = new HashMap<>();
    for (BorderGate g : BorderGate.<BorderGate>listAll())
      gates.put(
          g.code,
          new ShipmentRules.GateWindow(
              g.validFrom,
              g.validTo,
              // Copies: the snapshot outlives the transaction that read the entities.
              g.history().stream()
                  .map(l -> Location.of(l.unitCode, l.validFrom, l.validTo))
                  .toList()));
    return new Snapshot(Map.copyOf(gates), rates.table());
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReferenceDataChanged change) {
    cache.invalidateAll().await().indefinitely();
  }
}
