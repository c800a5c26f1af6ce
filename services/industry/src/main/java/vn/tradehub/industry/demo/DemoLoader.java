package vn.tradehub.industry.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.tradehub.industry.iip.BaseYearService;
import vn.tradehub.industry.report.ReportService;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.web.Conditions;

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
  private final Jdbc jdbc;

  public DemoLoader(
      DemoConfig config, BaseYearService baseYears, ReportService reports, Jdbc jdbc) {
    this.config = config;
    this.baseYears = baseYears;
    this.reports = reports;
    this.jdbc = jdbc;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) return;
    QuarkusTransaction.requiringNew()
        .timeout(900)
        .run(
            () -> {
              jdbc.one("select pg_advisory_xact_lock(?)", r -> null, LOCK);
              boolean loaded =
                  jdbc.one("select count(*) from demo_load where name = ?", r -> r.getInt(1), NAME)
                      > 0;
              if (loaded) {
                LOG.infof("demo data %s already loaded", NAME);
                return;
              }
              DemoData.Dataset data = DemoData.generate();
              baseYears.put(2015, Conditions.none(), data.weights2015());
              baseYears.put(2020, Conditions.none(), data.weights2020());
              int n = reports.fileAll(data.filings());
              jdbc.update("insert into demo_load (name) values (?)", NAME);
              LOG.infof(
                  "demo data %s loaded: %d production reports, base years 2015 and 2020", NAME, n);
            });
  }
}
