package vn.tradehub.industry.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import vn.tradehub.industry.iip.BaseYearService;
import vn.tradehub.industry.report.ReportService;

/**
 * Loads the demo figures at start-up when {@code tradehub.demo.enabled=true}: through the service
 * layer (so every report and indicator event goes through the outbox), in one transaction, and only
 * once per database (a marker row, taken under an advisory lock so that replicas starting together
 * do not both load).
 */
@ApplicationScoped
public class DemoLoader {
  static final String NAME = "ha-giang-2019-2021";
  private static final Logger LOG = Logger.getLogger(DemoLoader.class);
  private static final long LOCK = 0x1d_c0_17_0002L;

  private final DemoConfig config;
  private final BaseYearService baseYears;
  private final ReportService reports;
  private final EntityManager em;

  public DemoLoader(
      DemoConfig config, BaseYearService baseYears, ReportService reports, EntityManager em) {
    this.config = config;
    this.baseYears = baseYears;
    this.reports = reports;
    this.em = em;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) return;
    QuarkusTransaction.requiringNew()
        .timeout(900)
        .run(
            () -> {
              em.createNativeQuery("select pg_advisory_xact_lock(?1)")
                  .setParameter(1, LOCK)
                  .getSingleResult();
              boolean loaded =
                  ((Number)
                              em.createNativeQuery("select count(*) from demo_load where name = ?1")
                                  .setParameter(1, NAME)
                                  .getSingleResult())
                          .intValue()
                      > 0;
              if (loaded) {
                LOG.infof("demo data %s already loaded", NAME);
                return;
              }
              DemoData.Dataset data = DemoData.generate();
              baseYears.store(2015, data.weights2015(), "demo");
              baseYears.store(2020, data.weights2020(), "demo");
              int n = reports.fileAll(data.filings(), "demo");
              em.createNativeQuery("insert into demo_load (name) values (?1)")
                  .setParameter(1, NAME)
                  .executeUpdate();
              LOG.infof(
                  "demo data %s loaded: %d production reports, base years 2015 and 2020", NAME, n);
            });
  }
}
