package vn.tradehub.commerce.sales;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.tradehub.platform.context.Jdbc;

/**
 * Republishes every month's indicators when a migration asks for it (a row in {@code
 * indicator_republish}: V2 did, when the events became per territory with {@code byUnit}). Runs at
 * start, before the demo loader, once per database: the request is deleted in the same transaction,
 * under an advisory lock so that replicas starting together do it once.
 */
@ApplicationScoped
public class IndicatorRepublisher {
  private static final Logger LOG = Logger.getLogger(IndicatorRepublisher.class);

  private final Jdbc jdbc;
  private final IndicatorService indicators;

  public IndicatorRepublisher(Jdbc jdbc, IndicatorService indicators) {
    this.jdbc = jdbc;
    this.indicators = indicators;
  }

  void onStart(@Observes @Priority(100) StartupEvent event) {
    republishIfAsked();
  }

  /**
   * @return the number of events published (0 when nothing was asked)
   */
  public int republishIfAsked() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              jdbc.one(
                  "select pg_advisory_xact_lock(hashtext('commerce-indicator-republish'))",
                  rs -> 1);
              java.util.List<String> reasons =
                  jdbc.query("select reason from indicator_republish", rs -> rs.getString(1));
              if (reasons.isEmpty()) return 0;
              int published = indicators.publishAll();
              jdbc.update("delete from indicator_republish");
              LOG.infof("Republished %d indicator events: %s", published, reasons);
              return published;
            });
  }
}
