package vn.tradehub.gateway.indicators;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;
import vn.tradehub.contracts.Topics;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.events.EventConsumers;
import vn.tradehub.platform.events.IncomingEvent;
import vn.tradehub.platform.events.ProcessedEvents;

/**
 * Feeds the read model from {@code industry.indicators.v1}, {@code commerce.indicators.v1} and
 * {@code border-trade.shipments.v1} through the platform's idempotent consumer (each event applied
 * once, deduplicated by {@code ce_id} in the same transaction as the update).
 *
 * <p>The consumer group is {@code <prefix>-<read-model instance id>-g<generation>}: a fresh
 * read-model database reads the topics from the beginning, and a rebuild moves to a new generation,
 * whose group has no committed offsets, so it reads everything again. Every replica checks the
 * generation on a timer and follows a rebuild started on another replica.
 */
@ApplicationScoped
public class ReadModelConsumer {
  private static final Logger LOG = Logger.getLogger(ReadModelConsumer.class);
  public static final List<String> TOPICS =
      List.of(
          Topics.INDUSTRY_INDICATORS, Topics.COMMERCE_INDICATORS, Topics.BORDER_TRADE_SHIPMENTS);

  private final EventConsumers consumers;
  private final ReadModelUpdater updater;
  private final ProcessedEvents processed;
  private final Jdbc jdbc;
  private final IndicatorsConfig config;
  private final Map<String, Object> kafkaConfig;
  private final Scheduler scheduler;
  private EventConsumers.Running running;
  private int runningGeneration;
  private Admin admin;

  public ReadModelConsumer(
      EventConsumers consumers,
      ReadModelUpdater updater,
      ProcessedEvents processed,
      Jdbc jdbc,
      IndicatorsConfig config,
      @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
      Scheduler scheduler) {
    this.consumers = consumers;
    this.updater = updater;
    this.processed = processed;
    this.jdbc = jdbc;
    this.config = config;
    this.kafkaConfig = kafkaConfig;
    this.scheduler = scheduler;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.consumerEnabled()) return;
    follow();
    scheduler
        .newJob("read-model-generation")
        .setInterval(config.generationCheck().toMillis() + "ms")
        .setTask(ctx -> follow())
        .schedule();
  }

  void onStop(@Observes ShutdownEvent event) {
    stopConsumer();
    synchronized (this) {
      if (admin != null) admin.close();
    }
  }

  /** Starts the consumer of the current generation, or switches to it after a rebuild elsewhere. */
  synchronized void follow() {
    ReadModelState state = state();
    if (running != null && runningGeneration == state.generation()) return;
    stopConsumer();
    int generation = state.generation();
    String group = state.group(config.groupPrefix());
    LOG.infof("Read model consumer %s (generation %d) starts on %s", group, generation, TOPICS);
    running =
        consumers.start(
            group,
            TOPICS,
            new EventConsumers.Handler() {
              @Override
              public void apply(IncomingEvent event) {
                updater.apply(generation, event);
              }

              @Override
              public void applyAll(List<IncomingEvent> events) {
                updater.applyAll(generation, events);
              }
            });
    runningGeneration = generation;
  }

  private synchronized void stopConsumer() {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  public ReadModelState state() {
    return jdbc.one(
        "select instance_id, generation, state, rebuilt_at, rebuilt_by, events_applied, as_of from read_model_state where id = 1",
        rs ->
            new ReadModelState(
                rs.getObject("instance_id", java.util.UUID.class),
                rs.getInt("generation"),
                rs.getString("state"),
                Jdbc.instant(rs, "rebuilt_at"),
                rs.getString("rebuilt_by"),
                rs.getLong("events_applied"),
                Jdbc.instant(rs, "as_of")));
  }

  /**
   * Empties the read model and moves to a new consumer generation, in one transaction (the state
   * row lock waits for an event being applied and makes later appliers of the old generation
   * no-ops); then this replica starts the new generation's consumer at once, the others within
   * {@code generation-check}. Plans and the change log are kept; a {@code rebuild} change is
   * logged.
   */
  public ReadModelState rebuild(String by) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              jdbc.one(
                  "select generation from read_model_state where id = 1 for update",
                  rs -> rs.getInt(1));
              ReadModelState before = state();
              jdbc.update("delete from industry_month");
              jdbc.update("delete from commerce_month");
              jdbc.update("delete from border_rollup");
              jdbc.update("delete from border_line");
              processed.forget(before.group(config.groupPrefix()));
              jdbc.update(
                  "update read_model_state set generation = generation + 1, state = 'REBUILDING', rebuilt_at = now(),"
                      + " rebuilt_by = ?, events_applied = 0, as_of = null where id = 1",
                  by);
              jdbc.update(
                  "insert into indicator_change (source, period, kind, data) values ('gateway', null, 'rebuild',"
                      + " jsonb_build_object('source', 'gateway', 'kind', 'rebuild', 'generation', ?::int))",
                  before.generation() + 1);
            });
    if (config.consumerEnabled()) follow();
    return state();
  }

  /** The status with the consumer lag of the current generation; marks a finished rebuild LIVE. */
  public ReadModelStatus status() {
    ReadModelState s = state();
    Long lag = lag(s.group(config.groupPrefix()));
    if ("REBUILDING".equals(s.state()) && lag != null && lag == 0) {
      jdbc.update(
          "update read_model_state set state = 'LIVE' where id = 1 and generation = ?",
          s.generation());
      s = state();
    }
    return new ReadModelStatus(
        s.state(),
        s.generation(),
        s.group(config.groupPrefix()),
        s.eventsApplied(),
        lag,
        s.asOf(),
        s.rebuiltAt(),
        s.rebuiltBy());
  }

  /**
   * Records not yet applied by the group (end offsets minus committed offsets); null when Kafka
   * does not answer.
   */
  Long lag(String group) {
    try {
      Admin a = admin();
      Map<String, TopicDescription> topics =
          a.describeTopics(TOPICS).allTopicNames().get(5, TimeUnit.SECONDS);
      List<TopicPartition> partitions = new ArrayList<>();
      topics
          .values()
          .forEach(
              t ->
                  t.partitions()
                      .forEach(p -> partitions.add(new TopicPartition(t.name(), p.partition()))));
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          a.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          a.listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(5, TimeUnit.SECONDS);
      long lag = 0;
      for (TopicPartition p : partitions) {
        OffsetAndMetadata c = committed.get(p);
        lag += Math.max(0, ends.get(p).offset() - (c == null ? 0 : c.offset()));
      }
      return lag;
    } catch (Exception e) {
      if (e instanceof InterruptedException) Thread.currentThread().interrupt();
      LOG.debugf("Lag of %s unknown: %s", group, e.toString());
      return null;
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      Map<String, Object> props = new HashMap<>(kafkaConfig);
      props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
      props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
      props.put(AdminClientConfig.CLIENT_ID_CONFIG, "read-model-status");
      admin = Admin.create(props);
    }
    return admin;
  }
}
