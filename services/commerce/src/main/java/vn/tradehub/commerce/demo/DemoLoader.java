package vn.tradehub.commerce.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.jboss.logging.Logger;
import vn.tradehub.commerce.config.DemoConfig;
import vn.tradehub.commerce.market.MarketService;
import vn.tradehub.commerce.prices.CpiRequest;
import vn.tradehub.commerce.prices.CpiService;
import vn.tradehub.commerce.retail.RetailReportService;

/**
 * Loads the demo figures once per database when {@code tradehub.demo.enabled=true}, through the
 * service layer so that every report publishes its events. One transaction under an advisory lock:
 * all or nothing, and a second replica starting at the same time waits, then skips.
 */
@ApplicationScoped
public class DemoLoader {
  static final String NAME = "commerce-ha-giang-2019-2021";
  private static final Logger LOG = Logger.getLogger(DemoLoader.class);
  private static final String BY = "demo-loader";

  private final DemoConfig config;
  private final EntityManager em;
  private final RetailReportService reports;
  private final CpiService cpi;
  private final MarketService markets;

  public DemoLoader(
      DemoConfig config,
      EntityManager em,
      RetailReportService reports,
      CpiService cpi,
      MarketService markets) {
    this.config = config;
    this.em = em;
    this.reports = reports;
    this.cpi = cpi;
    this.markets = markets;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.enabled()) load();
  }

  /**
   * @return whether this call loaded the data (false when it was already there)
   */
  public boolean load() {
    return QuarkusTransaction.requiringNew()
        .timeout((int) Duration.ofMinutes(10).toSeconds())
        .call(
            () -> {
              em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                  .setParameter(1, NAME)
                  .getSingleResult();
              int claimed =
                  em.createNativeQuery(
                          "insert into demo_load (name) values (?1) on conflict do nothing")
                      .setParameter(1, NAME)
                      .executeUpdate();
              if (claimed == 0) {
                LOG.infof("Demo data %s already loaded", NAME);
                return false;
              }
              DemoFigures.cpi()
                  .forEach(
                      c ->
                          cpi.put(
                              c.period().toString(),
                              null,
                              new CpiRequest(cpi.base(), c.index()),
                              BY));
              DemoFigures.markets().forEach(m -> markets.create(m, BY));
              var all = DemoFigures.reports();
              all.forEach(
                  r -> reports.put(r.district(), r.period().toString(), null, r.request(), BY));
              LOG.infof(
                  "Demo data %s loaded: %d retail reports, CPI and markets", NAME, all.size());
              return true;
            });
  }
}
