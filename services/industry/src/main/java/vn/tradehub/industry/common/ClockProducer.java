package vn.tradehub.industry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import vn.tradehub.platform.figures.Periods;

/** The service's clock, in Vietnam time (periods and "future" are judged there). */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.system(Periods.ZONE);
  }
}
