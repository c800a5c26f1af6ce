package vn.tradehub.gateway.sdmx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code key} path parameter: one or more series keys joined by {@code ,}, each the dimension
 * values in key order joined by {@code .}; {@code *} or an empty position is any value, a position
 * may list values joined by {@code +} (the SDMX 2.1 OR, still common), and positions left off at
 * the end are wildcards. {@code *} alone (or {@code all}) is every key.
 */
public final class KeyQuery {
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_@$\\-]+");

  /** One key: per position, the values allowed (empty = any). */
  public record Key(List<Set<String>> positions) {
    public boolean isWildcard() {
      return positions.stream().allMatch(Set::isEmpty);
    }
  }

  private final List<Key> keys;

  private KeyQuery(List<Key> keys) {
    this.keys = keys;
  }

  public static final KeyQuery ALL = new KeyQuery(List.of());

  /**
   * @throws IllegalArgumentException naming what is wrong: a value that cannot be a code, or more
   *     positions than {@code dimensions}
   */
  public static KeyQuery parse(String key, int dimensions) {
    if (key == null || key.isEmpty() || key.equals("*") || key.equalsIgnoreCase("all")) return ALL;
    List<Key> out = new ArrayList<>();
    for (String one : key.split(",", -1)) {
      String[] positions = one.split("\\.", -1);
      if (positions.length > dimensions)
        throw new IllegalArgumentException(
            "key '"
                + one
                + "' has "
                + positions.length
                + " positions; the data structure has "
                + dimensions
                + " dimensions");
      List<Set<String>> values = new ArrayList<>();
      for (String p : positions) {
        Set<String> allowed = new LinkedHashSet<>();
        if (!p.isEmpty() && !p.equals("*")) {
          for (String v : p.split("\\+", -1)) {
            if (!VALUE.matcher(v).matches())
              throw new IllegalArgumentException("key '" + one + "': '" + v + "' cannot be a code");
            allowed.add(v);
          }
        }
        values.add(allowed);
      }
      while (values.size() < dimensions) values.add(Set.of());
      Key k = new Key(values);
      if (k.isWildcard()) return ALL; // one key for everything: the others add nothing
      out.add(k);
    }
    return new KeyQuery(out);
  }

  /** The keys; empty when every key matches. */
  public List<Key> keys() {
    return keys;
  }

  public boolean isAll() {
    return keys.isEmpty();
  }

  /** The same keys without any constraint on position {@code i} (availability's mode=available). */
  public KeyQuery without(int i) {
    List<Key> out = new ArrayList<>();
    for (Key k : keys) {
      List<Set<String>> p = new ArrayList<>(k.positions());
      p.set(i, Set.of());
      Key w = new Key(p);
      if (w.isWildcard()) return ALL;
      out.add(w);
    }
    return new KeyQuery(out);
  }
}
