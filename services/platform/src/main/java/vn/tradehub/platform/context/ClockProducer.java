package vn.tradehub.platform.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import vn.tradehub.platform.figures.Periods;

/**
 * The one clock of every service, in Vietnam time (periods, "today" and "future" are judged there):
 * inject {@link Clock}, never call {@code now()} without it, so tests and the demo can fix time.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(Periods.ZONE);
  }
}
