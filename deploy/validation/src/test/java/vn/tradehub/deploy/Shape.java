package vn.tradehub.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A structural schema for custom resources the fabric8 model does not know (Strimzi,
 * CloudNativePG): the fields each level may have (any other fails, as in the operators' CRD
 * schemas), which are required ("name!"), their types and enumerations. It covers the fields these
 * manifests use, taken from the operators' CRD documentation; free-form parts are FREE.
 */
abstract class Shape {
  static final Shape STRING = scalar("string", String.class);
  static final Shape INT = scalar("integer", Integer.class, Long.class);
  static final Shape BOOL = scalar("boolean", Boolean.class);

  /** Quantities such as 500m, 2Gi or 1. */
  static final Shape QUANTITY =
      new Shape() {
        @Override
        void check(Object v, String path, boolean partial, List<String> errors) {
          if (!(v instanceof String || v instanceof Integer)
              || !String.valueOf(v).matches("\\d+(\\.\\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?"))
            errors.add(path + ": not a quantity: " + v);
        }
      };

  /** A free-form object (config maps, pod templates): only its type is checked. */
  static final Shape FREE =
      new Shape() {
        @Override
        void check(Object v, String path, boolean partial, List<String> errors) {
          object(v, path, errors);
        }
      };

  static final Shape RESOURCES =
      obj(
          "requests",
          obj("cpu", QUANTITY, "memory", QUANTITY),
          "limits",
          obj("cpu", QUANTITY, "memory", QUANTITY));

  abstract void check(Object value, String path, boolean partial, List<String> errors);

  List<String> errors(Object value, boolean partial) {
    List<String> errors = new ArrayList<>();
    check(value, "", partial, errors);
    return errors;
  }

  /** The value as an object, or null once the error that an object was expected is recorded. */
  static Map<?, ?> object(Object v, String path, List<String> errors) {
    if (v instanceof Map<?, ?> m) return m;
    errors.add(path + ": expected an object, found " + v);
    return null;
  }

  static Shape scalar(String name, Class<?>... types) {
    return new Shape() {
      @Override
      void check(Object v, String path, boolean partial, List<String> errors) {
        for (Class<?> t : types) if (t.isInstance(v)) return;
        errors.add(path + ": expected " + name + ", found " + v);
      }
    };
  }

  static Shape oneOf(String... values) {
    Set<String> allowed = Set.of(values);
    return new Shape() {
      @Override
      void check(Object v, String path, boolean partial, List<String> errors) {
        if (!allowed.contains(String.valueOf(v)))
          errors.add(path + ": " + v + " is not one of " + allowed);
      }
    };
  }

  static Shape list(Shape item) {
    return new Shape() {
      @Override
      void check(Object v, String path, boolean partial, List<String> errors) {
        if (!(v instanceof List<?> l)) {
          errors.add(path + ": expected a list, found " + v);
          return;
        }
        for (int i = 0; i < l.size(); i++)
          item.check(l.get(i), path + "[" + i + "]", partial, errors);
      }
    };
  }

  /** A map of string keys to string, number or boolean values (Kafka and topic configs). */
  static Shape scalarMap() {
    return new Shape() {
      @Override
      void check(Object v, String path, boolean partial, List<String> errors) {
        Map<?, ?> m = object(v, path, errors);
        if (m == null) return;
        m.forEach(
            (k, x) -> {
              if (!(x instanceof String || x instanceof Number || x instanceof Boolean))
                errors.add(path + "." + k + ": expected a scalar, found " + x);
            });
      }
    };
  }

  /** An object: pairs of field name (suffix ! when required) and shape. */
  static Shape obj(Object... pairs) {
    Map<String, Shape> fields = new LinkedHashMap<>();
    Set<String> required = new java.util.HashSet<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String name = (String) pairs[i];
      if (name.endsWith("!")) {
        name = name.substring(0, name.length() - 1);
        required.add(name);
      }
      fields.put(name, (Shape) pairs[i + 1]);
    }
    return new Shape() {
      @Override
      void check(Object v, String path, boolean partial, List<String> errors) {
        Map<?, ?> m = object(v, path, errors);
        if (m == null) return;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          Shape s = fields.get(String.valueOf(e.getKey()));
          if (s == null)
            errors.add(
                path + "." + e.getKey() + ": unknown field (known: " + fields.keySet() + ")");
          else s.check(e.getValue(), path + "." + e.getKey(), partial, errors);
        }
        if (!partial)
          for (String r : required)
            if (!m.containsKey(r)) errors.add(path + "." + r + ": required");
      }
    };
  }
}
