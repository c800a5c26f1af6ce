package vn.tradehub.platform.web;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The query half of a keyset list: rows in key order after a key, and the key of a row (which
 * becomes the opaque cursor). {@link Lists} drives it for one page (JSON) or for every page of the
 * selection (CSV). Services implement the query as {@code where (key) > (:after) order by key},
 * each call in a transaction of its own.
 *
 * @param <T> the API record of a row
 */
public record Keyset<T>(
    int arity, BiFunction<String[], Integer, List<T>> rows, Function<T, String[]> key) {

  /** A key of one part (a code): {@code rows.apply(after, limit)}, after null on the first page. */
  public static <T> Keyset<T> of(
      Function<T, String> key, BiFunction<String, Integer, List<T>> rows) {
    return new Keyset<>(
        1,
        (after, limit) -> rows.apply(after == null ? null : after[0], limit),
        r -> new String[] {key.apply(r)});
  }

  /** A key of several parts, in sort order. */
  public static <T> Keyset<T> ofParts(
      Function<T, String[]> key, BiFunction<String[], Integer, List<T>> rows, int arity) {
    return new Keyset<>(arity, rows, key);
  }
}
