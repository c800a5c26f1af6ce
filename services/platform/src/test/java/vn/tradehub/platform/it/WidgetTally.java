package vn.tradehub.platform.it;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tradehub.platform.events.EventConsumers;

/** A consumer of the widget topic that counts events by type: the duplicate-delivery probe. */
@ApplicationScoped
public class WidgetTally {
  public static final String GROUP = "widget-tally";
  static final Map<UUID, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final EventConsumers consumers;
  private final EntityManager em;

  public WidgetTally(EventConsumers consumers, EntityManager em) {
    this.consumers = consumers;
    this.em = em;
  }

  void start(@Observes StartupEvent event) {
    consumers.start(
        GROUP,
        List.of(WidgetService.TOPIC),
        e -> {
          em.createNativeQuery(
                  "insert into widget_tally (event_type, n) values (?1, 1)"
                      + " on conflict (event_type) do update set n = widget_tally.n + 1")
              .setParameter(1, e.type() + ":" + e.subject())
              .executeUpdate();
          // A widget named "fail-N" fails its first N applications (after its tally was written,
          // so a rollback that is not complete would show as a double count).
          String name = e.payload().path("name").asText();
          if (name.startsWith("fail-")
              && failures.computeIfAbsent(e.id(), id -> new AtomicInteger()).incrementAndGet()
                  <= Integer.parseInt(name.substring(5))) {
            throw new IllegalStateException("widget " + name + " refused on purpose");
          }
        });
  }
}
