package vn.tradehub.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Makes the shipped registry injectable ({@code @Inject Geography geography} or a constructor
 * parameter) in every Quarkus app that depends on this library; the module's Jandex index lets
 * Quarkus discover this bean.
 */
@ApplicationScoped
public class GeographyProducer {

  /**
   * {@code @Singleton}, not {@code @ApplicationScoped}: the registry is immutable, so it needs no
   * client proxy (and a final class with no public constructor could not have one).
   */
  @Produces
  @Singleton
  public Geography geography() {
    return Geography.classpath();
  }

  /** Loads the lists when the application starts, so that a bad release fails the start. */
  void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    Geography.classpath();
  }
}
