package vn.tradehub.commerce.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;
import vn.tradehub.commerce.config.DemoConfig;
import vn.tradehub.commerce.market.MarketService;
import vn.tradehub.commerce.prices.CpiRequest;
import vn.tradehub.commerce.prices.CpiService;
import vn.tradehub.commerce.retail.RetailReportService;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.security.Roles;
import vn.tradehub.platform.web.Conditions;

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
  private final Jdbc jdbc;
  private final CurrentIdentityAssociation identity;
  private final RetailReportService reports;
  private final CpiService cpi;
  private final MarketService markets;

  public DemoLoader(
      DemoConfig config,
      Jdbc jdbc,
      CurrentIdentityAssociation identity,
      RetailReportService reports,
      CpiService cpi,
      MarketService markets) {
    this.config = config;
    this.jdbc = jdbc;
    this.identity = identity;
    this.reports = reports;
    this.cpi = cpi;
    this.markets = markets;
  }

  void onStart(@Observes StartupEvent event) {
    if (config.enabled()) load();
  }

  /**
   * Runs as the principal {@value #BY}, so the figures and their revisions say who loaded them.
   *
   * @return whether this call loaded the data (false when it was already there)
   */
  @ActivateRequestContext
  public boolean load() {
    identity.setIdentity(
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal(BY))
            .addRoles(java.util.Set.of(Roles.ADMIN, Roles.STATISTICS))
            .build());
    return QuarkusTransaction.requiringNew()
        .timeout((int) Duration.ofMinutes(10).toSeconds())
        .call(
            () -> {
              jdbc.one("select pg_advisory_xact_lock(hashtext(?))", rs -> 1, NAME);
              int claimed =
                  jdbc.update(
                      "insert into demo_load (name) values (?) on conflict do nothing", NAME);
              if (claimed == 0) {
                LOG.infof("Demo data %s already loaded", NAME);
                return false;
              }
              Conditions create = Conditions.none();
              DemoFigures.cpi()
                  .forEach(
                      c ->
                          cpi.put(
                              c.period().toString(),
                              create,
                              new CpiRequest(cpi.base(), c.index())));
              DemoFigures.markets().forEach(m -> markets.put(m.code(), create, m.request()));
              var all = DemoFigures.reports();
              all.forEach(
                  r -> reports.put(r.district(), r.period().toString(), create, r.request()));
              LOG.infof(
                  "Demo data %s loaded: %d retail reports, CPI and markets", NAME, all.size());
              return true;
            });
  }
}
