package vn.tradehub.platform.web;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CSV columns of an API record, derived from its JSON form so that a CSV row says exactly what
 * the JSON item says: one column per scalar field, nested records flattened with dotted names
 * ({@code value.amount}), lists and free-form JSON written as compact JSON text in their column.
 */
final class CsvRecords<T> {
  private static final Map<Class<?>, CsvRecords<?>> CACHE = new ConcurrentHashMap<>();

  private final ObjectMapper mapper;
  private final List<String> header;
  private final List<String> pointers;

  private CsvRecords(ObjectMapper mapper, List<String> header) {
    this.mapper = mapper;
    this.header = List.copyOf(header);
    this.pointers = header.stream().map(h -> "/" + h.replace('.', '/')).toList();
  }

  @SuppressWarnings("unchecked")
  static <T> CsvRecords<T> of(ObjectMapper mapper, Class<T> type) {
    return (CsvRecords<T>)
        CACHE.computeIfAbsent(
            type,
            t -> {
              List<String> header = new ArrayList<>();
              collect(mapper, mapper.constructType(t), "", header, 0);
              // Exact decimals: 1.00 stays 1.00 in CSV, as in the JSON answer.
              ObjectMapper exact =
                  mapper.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
              return new CsvRecords<>(exact, header);
            });
  }

  List<String> header() {
    return header;
  }

  Object[] values(T row) {
    JsonNode tree = mapper.valueToTree(row);
    Object[] out = new Object[pointers.size()];
    for (int i = 0; i < out.length; i++) out[i] = text(tree.at(pointers.get(i)));
    return out;
  }

  private static String text(JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) return null;
    if (v.isBigDecimal()) return v.decimalValue().toPlainString();
    if (v.isValueNode()) return v.asText();
    return v.toString();
  }

  private static void collect(
      ObjectMapper mapper, JavaType type, String prefix, List<String> out, int depth) {
    BeanDescription description = mapper.getSerializationConfig().introspect(type);
    for (BeanPropertyDefinition p : description.findProperties()) {
      if (!p.couldSerialize()) continue;
      JavaType t = p.getPrimaryType();
      String name = prefix + p.getName();
      if (depth < 3 && nested(t)) collect(mapper, t, name + ".", out, depth + 1);
      else out.add(name);
    }
  }

  /** A record or bean of the API whose fields become columns of their own. */
  private static boolean nested(JavaType t) {
    Class<?> c = t.getRawClass();
    return !(c.isPrimitive()
        || c.isEnum()
        || c.isArray()
        || CharSequence.class.isAssignableFrom(c)
        || Number.class.isAssignableFrom(c)
        || Boolean.class == c
        || Temporal.class.isAssignableFrom(c)
        || UUID.class == c
        || BigDecimal.class == c
        || JsonNode.class.isAssignableFrom(c)
        || Collection.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c)
        || c == Object.class
        || c.getName().startsWith("java."));
  }
}
