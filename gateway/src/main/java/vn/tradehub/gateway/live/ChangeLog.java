package vn.tradehub.gateway.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.tradehub.gateway.indicators.IndicatorsConfig;
import vn.tradehub.platform.context.Jdbc;

/**
 * The log of changes applied to the read model ({@code indicator_change}), written by the consumer
 * in the same transaction as each update, read by the SSE streams of every replica, and pruned
 * after {@code tradehub.indicators.change-retention} (default 7 days).
 */
@ApplicationScoped
public class ChangeLog {
  private static final Logger LOG = Logger.getLogger(ChangeLog.class);
  static final int BATCH = 500;

  public record Change(long id, Instant occurredAt, String kind, String data) {}

  private final Jdbc jdbc;
  private final IndicatorsConfig config;
  private final Scheduler scheduler;

  public ChangeLog(Jdbc jdbc, IndicatorsConfig config, Scheduler scheduler) {
    this.jdbc = jdbc;
    this.config = config;
    this.scheduler = scheduler;
  }

  void onStart(@Observes StartupEvent event) {
    scheduler
        .newJob("indicator-change-retention")
        .setInterval("1h")
        .setTask(ctx -> prune())
        .schedule();
  }

  /** The newest change id (0 when there is none). */
  public long latestId() {
    Long id = jdbc.one("select coalesce(max(id), 0) from indicator_change", rs -> rs.getLong(1));
    return id == null ? 0 : id;
  }

  /**
   * Ids at or below this were pruned: a client that last saw one of them may have missed changes.
   */
  public long prunedThrough() {
    Long id =
        jdbc.one(
            "select changes_pruned_through from read_model_state where id = 1",
            rs -> rs.getLong(1));
    return id == null ? 0 : id;
  }

  /** Changes after {@code afterId}, oldest first, at most {@value #BATCH}. */
  public List<Change> after(long afterId) {
    return jdbc.query(
        "select id, occurred_at, kind, data::text from indicator_change where id > ? order by id limit "
            + BATCH,
        rs ->
            new Change(
                rs.getLong(1), Jdbc.instant(rs, "occurred_at"), rs.getString(3), rs.getString(4)),
        afterId);
  }

  /** Deletes changes older than the retention window, and remembers how far it deleted. */
  public void prune() {
    Instant before = Instant.now().minus(config.changeRetention());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Long upTo =
                  jdbc.one(
                      "select max(id) from indicator_change where occurred_at < ?",
                      rs -> rs.getObject(1, Long.class),
                      before);
              if (upTo == null) return;
              int n = jdbc.update("delete from indicator_change where id <= ?", upTo);
              jdbc.update(
                  "update read_model_state set changes_pruned_through = greatest(changes_pruned_through, ?) where id = 1",
                  upTo);
              LOG.infof("Pruned %d indicator changes older than %s", n, before);
            });
  }
}
