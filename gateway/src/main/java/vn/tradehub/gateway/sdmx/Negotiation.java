package vn.tradehub.gateway.sdmx;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;

/**
 * Content negotiation as the standard names it (content_negotiation.md): the format from {@code
 * Accept} (JAX-RS parses it and orders it by quality), the SDMX-CSV options from its media-type
 * parameters, the language from {@code Accept-Language} (vi or en). SDMX-JSON 2.1.0 and SDMX-CSV
 * 2.1.0 are produced; a {@code version} parameter is a version query ({@code 2.1+.0}); anything
 * else (SDMX-ML, older versions) is 406.
 */
public final class Negotiation {
  public static final String PRODUCED_VERSION = "2.1.0";
  public static final String DEFAULT_LANGUAGE = Text.VI;

  public enum Kind {
    DATA_JSON,
    DATA_CSV,
    STRUCTURE_JSON
  }

  /**
   * SDMX-CSV's options: labels id|name|both, timeFormat original|normalized, keys
   * none|obs|series|both.
   */
  public record Csv(String labels, String timeFormat, String keys) {
    public static final Csv DEFAULT = new Csv("id", "original", "none");
  }

  /** The answer's format and language. */
  public record Format(Kind kind, Csv csv, String language) {
    public String contentType() {
      return switch (kind) {
        case DATA_JSON -> Sdmx.DATA_JSON;
        case DATA_CSV -> Sdmx.DATA_CSV;
        case STRUCTURE_JSON -> Sdmx.STRUCTURE_JSON;
      };
    }
  }

  private Negotiation() {}

  /** The format of a data answer: SDMX-JSON (the default) or SDMX-CSV. */
  public static Format data(HttpHeaders headers) {
    String language = language(headers);
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (quality(m) <= 0) continue;
      if (m.isWildcardType() || (m.getType().equals("application") && m.isWildcardSubtype()))
        return new Format(Kind.DATA_JSON, null, language);
      if (is(m, "application", "json") || sdmx(m, "application", "vnd.sdmx.data+json"))
        return new Format(Kind.DATA_JSON, null, language);
      if (is(m, "text", "csv")) return new Format(Kind.DATA_CSV, Csv.DEFAULT, language);
      if (sdmx(m, "application", "vnd.sdmx.data+csv")) {
        Csv csv = csv(m.getParameters());
        if (csv != null) return new Format(Kind.DATA_CSV, csv, language);
      }
    }
    throw notAcceptable(Sdmx.DATA_JSON + ", " + Sdmx.DATA_CSV + " (labels, timeFormat, keys)");
  }

  /** The format of a structure or availability answer: SDMX-JSON structure messages. */
  public static Format structure(HttpHeaders headers) {
    String language = language(headers);
    for (MediaType m : headers.getAcceptableMediaTypes()) {
      if (quality(m) <= 0) continue;
      if (m.isWildcardType()
          || (m.getType().equals("application") && m.isWildcardSubtype())
          || is(m, "application", "json")
          || sdmx(m, "application", "vnd.sdmx.structure+json"))
        return new Format(Kind.STRUCTURE_JSON, null, language);
    }
    throw notAcceptable(Sdmx.STRUCTURE_JSON);
  }

  /** The first of vi and en in Accept-Language (by quality); vi when neither is asked for. */
  public static String language(HttpHeaders headers) {
    for (Locale l : headers.getAcceptableLanguages()) {
      String lang = l.getLanguage().toLowerCase(Locale.ROOT);
      if (lang.equals(Text.VI) || lang.equals(Text.EN)) return lang;
    }
    return DEFAULT_LANGUAGE;
  }

  private static boolean is(MediaType m, String type, String subtype) {
    return m.getType().equalsIgnoreCase(type) && m.getSubtype().equalsIgnoreCase(subtype);
  }

  /** The SDMX type with no version, or a version query that 2.1.0 satisfies. */
  private static boolean sdmx(MediaType m, String type, String subtype) {
    if (!is(m, type, subtype)) return false;
    String version = parameter(m.getParameters(), "version");
    if (version == null) return true;
    try {
      return VersionQuery.parse(version).matches(PRODUCED_VERSION);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Csv csv(Map<String, String> parameters) {
    String labels = value(parameters, "labels", "id", "id", "name", "both");
    String time = value(parameters, "timeFormat", "original", "original", "normalized");
    String keys = value(parameters, "keys", "none", "none", "obs", "series", "both");
    if (labels == null || time == null || keys == null) return null;
    return new Csv(labels, time, keys);
  }

  private static String value(
      Map<String, String> parameters, String name, String fallback, String... allowed) {
    String v = parameter(parameters, name);
    if (v == null) return fallback;
    for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
    return null;
  }

  private static String parameter(Map<String, String> parameters, String name) {
    for (Map.Entry<String, String> e : parameters.entrySet())
      if (e.getKey().equalsIgnoreCase(name)) return e.getValue().replace("\"", "").strip();
    return null;
  }

  private static double quality(MediaType m) {
    String q = parameter(m.getParameters(), "q");
    try {
      return q == null ? 1 : Double.parseDouble(q);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static ProblemException notAcceptable(String offered) {
    return new ProblemException(
        new Problem(
            "/problems/not-acceptable",
            "Not acceptable",
            406,
            "None of the media types in Accept can be produced; this service offers " + offered,
            null,
            null,
            null));
  }

  static ProblemException notImplemented(String detail) {
    return new ProblemException(
        Problems.of(501, "/problems/not-implemented", "Not implemented", detail));
  }
}
