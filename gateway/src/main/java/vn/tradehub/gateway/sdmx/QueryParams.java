package vn.tradehub.gateway.sdmx;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;

/**
 * The query parameters of one SDMX request, read as the standard writes them. A {@code +} sent
 * unencoded arrives as a space after form decoding; no SDMX parameter value contains a space, so a
 * space is read as the {@code +} it was ({@code ge:2020-01+le:2020-12}, {@code +07:00}). Parameters
 * the operation does not define are refused (400), naming them.
 */
public final class QueryParams {
  private static final Pattern FILTER = Pattern.compile("c\\[([A-Za-z][A-Za-z0-9_-]*)]");

  private final Map<String, List<String>> values = new LinkedHashMap<>();
  private final Map<String, String> filters = new LinkedHashMap<>();

  private QueryParams() {}

  /**
   * @param allowed the parameter names the operation defines ({@code c} allows {@code c[X]})
   */
  public static QueryParams of(Map<String, List<String>> query, Set<String> allowed) {
    QueryParams p = new QueryParams();
    Set<String> unknown = new TreeSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : query.entrySet()) {
      String name = e.getKey();
      List<String> vs =
          e.getValue().stream().map(v -> v == null ? "" : v.replace(' ', '+')).toList();
      Matcher m = FILTER.matcher(name);
      if (allowed.contains("c") && m.matches()) {
        if (vs.size() > 1 || p.filters.containsKey(m.group(1)))
          errors.add(FieldError.of(name, "may be given once per component", String.join(",", vs)));
        else p.filters.put(m.group(1), vs.get(0));
      } else if (allowed.contains(name)) {
        if (vs.size() > 1)
          errors.add(FieldError.of(name, "may be given once", String.join(",", vs)));
        else p.values.put(name, vs);
      } else unknown.add(name);
    }
    for (String name : unknown)
      errors.add(
          FieldError.of(
              name,
              "is not a parameter of this query; it takes "
                  + String.join(", ", new TreeSet<>(allowed)),
              null));
    if (!errors.isEmpty())
      throw Problems.malformed(
          unknown.isEmpty()
              ? "Query parameters given more than once"
              : "Unknown query parameter(s): " + String.join(", ", unknown),
          errors);
    return p;
  }

  public Map<String, String> filters() {
    return filters;
  }

  public String string(String name) {
    List<String> v = values.get(name);
    return v == null ? null : v.get(0);
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** A comma-separated list parameter; null when absent. */
  public List<String> list(String name) {
    String v = string(name);
    return v == null ? null : List.of(v.split(",", -1));
  }

  public Integer integer(String name, int min, int max) {
    String v = string(name);
    if (v == null) return null;
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) throw bad(name, "must be between " + min + " and " + max, v);
      return n;
    } catch (NumberFormatException e) {
      throw bad(name, "must be an integer", v);
    }
  }

  public Boolean bool(String name) {
    String v = string(name);
    if (v == null) return null;
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw bad(name, "must be true or false", v);
    };
  }

  /**
   * An xs:dateTime; without an offset it is the service's local time (Vietnam), as the standard
   * says; a date alone is its first instant.
   */
  public Instant instant(String name, ZoneId local) {
    String v = string(name);
    if (v == null) return null;
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeException e) {
      try {
        return LocalDateTime.parse(v).atZone(local).toInstant();
      } catch (DateTimeException e2) {
        try {
          return LocalDate.parse(v).atStartOfDay(local).toInstant();
        } catch (DateTimeException e3) {
          throw bad(name, "must be an ISO 8601 date-time, e.g. 2025-07-01T08:00:00+07:00", v);
        }
      }
    }
  }

  /** One of the given words (case-insensitive), as written in {@code choices}. */
  public String choice(String name, String fallback, String... choices) {
    String v = string(name);
    if (v == null) return fallback;
    for (String c : choices) if (c.equalsIgnoreCase(v)) return c;
    throw bad(name, "must be one of " + String.join(", ", choices), v);
  }

  public static ProblemException bad(String name, String message, Object value) {
    return Problems.malformed(name + " " + message, List.of(FieldError.of(name, message, value)));
  }
}
