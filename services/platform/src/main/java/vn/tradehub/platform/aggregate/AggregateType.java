package vn.tradehub.platform.aggregate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What {@link Aggregates} needs to know of an aggregate: its name in the revision history, how a
 * person calls it in an error ("Industrial cluster"), its entity class, its API view, its version
 * ({@code @Version} field), and the word its history uses for a change (AMENDED; figures are
 * REVISED).
 */
public record AggregateType<E extends PanacheEntityBase, R>(
    String name,
    String label,
    Class<E> entity,
    Function<E, R> view,
    ToLongFunction<E> version,
    String changed) {

  public static <E extends PanacheEntityBase, R> AggregateType<E, R> of(
      String name, String label, Class<E> entity, Function<E, R> view, ToLongFunction<E> version) {
    return new AggregateType<>(name, label, entity, view, version, "AMENDED");
  }

  /** The same type, whose changes the history calls {@code word} (REVISED for figures). */
  public AggregateType<E, R> changesCalled(String word) {
    return new AggregateType<>(name, label, entity, view, version, word);
  }
}
