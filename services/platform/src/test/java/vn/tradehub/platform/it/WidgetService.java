package vn.tradehub.platform.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.UUID;
import vn.tradehub.contracts.platformtest.WidgetChanged;
import vn.tradehub.contracts.platformtest.WidgetCreated;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.outbox.Outbox;
import vn.tradehub.platform.problem.Problems;

@ApplicationScoped
public class WidgetService {
  public static final String TOPIC = "platform-test.widgets.v1";
  private final Outbox outbox;

  public WidgetService(Outbox outbox) {
    this.outbox = outbox;
  }

  @Transactional
  public Widget create(@Valid WidgetRequest request) {
    if (Boolean.TRUE.equals(request.hold())) Holds.await(request.name());
    Widget w = new Widget();
    w.id = UUID.randomUUID();
    w.name = request.name();
    w.colour = request.colour();
    w.persist();
    outbox.publish(TOPIC, w.name, w.id.toString(), new WidgetCreated(w.id, w.name, w.colour));
    return w;
  }

  @Transactional
  public Widget update(UUID id, String ifMatch, @Valid WidgetRequest request) {
    Widget w = find(id);
    Versions.requireMatch(ifMatch, w.version);
    w.name = request.name();
    w.colour = request.colour();
    w.persistAndFlush();
    outbox.publish(TOPIC, w.name, w.id.toString(), new WidgetChanged(w.id, w.name, w.colour));
    return w;
  }

  @Transactional
  public Widget find(UUID id) {
    Widget w = Widget.findById(id);
    if (w == null) throw Problems.notFound("Widget", id);
    return w;
  }
}
