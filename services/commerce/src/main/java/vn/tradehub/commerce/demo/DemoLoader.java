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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Loads the demo figures (DEMO FIGURES, see {@link DemoFigures}) once per database when {@code
 * tradehub.demo.enabled=true}, through the service layer so that every report publishes its events,
 * in bulk ({@link RetailReportService#fileAll}: each territory's indicators once, not once per
 * report). One transaction under an advisory lock: all or nothing, and a second replica starting at
 * the same time waits, then skips. A database that holds an earlier demo set (Hà Giang 2019-2021)
 * gets what it lacks; what it holds stays as it is.
 */
@ApplicationScoped
public class DemoLoader {
  static final String NAME = "commerce-demo-2019-01-2026-11";
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

  private Set<String> held(String sql) {
    return new HashSet<>(jdbc.query(sql, rs -> rs.getString(1)));
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
              long started = System.nanoTime();
              Conditions create = Conditions.none();
              Set<String> cpiHeld = held("select period from cpi");
              cpi.createAll(
                  DemoFigures.cpi().stream()
                      .filter(c -> !cpiHeld.contains(c.period().toString()))
                      .map(
                          c ->
                              new CpiService.Entry(
                                  c.period(), new CpiRequest(cpi.base(), c.index())))
                      .toList());
              long cpiDone = System.nanoTime();
              Set<String> marketsHeld = held("select code from market");
              DemoFigures.markets().stream()
                  .filter(m -> !marketsHeld.contains(m.code()))
                  .forEach(m -> markets.put(m.code(), create, m.request()));
              long marketsDone = System.nanoTime();
              Set<String> reportsHeld =
                  held("select unit_code || '/' || period from retail_report");
              List<RetailReportService.Filing> filings =
                  DemoFigures.reports().stream()
                      .filter(r -> !reportsHeld.contains(r.unitCode() + "/" + r.period()))
                      .map(
                          r ->
                              new RetailReportService.Filing(r.unitCode(), r.period(), r.request()))
                      .toList();
              int filed = reports.fileAll(filings);
              long done = System.nanoTime();
              LOG.infof(
                  "Demo data %s loaded in %d ms: CPI %d ms, markets %d ms, %d retail reports (DEMO"
                      + " FIGURES after 2021) with their events %d ms",
                  NAME,
                  (done - started) / 1_000_000,
                  (cpiDone - started) / 1_000_000,
                  (marketsDone - cpiDone) / 1_000_000,
                  filed,
                  (done - marketsDone) / 1_000_000);
              return true;
            });
  }
}
