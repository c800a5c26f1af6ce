package vn.tradehub.gateway.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version query of the SDMX REST API (querying_versions.md): a specific version ({@code 1.0.0}),
 * the latest stable or possibly unstable one ({@code +}, {@code ~}, {@code 1.+.0}, {@code 1+.0.0},
 * ...) or all ({@code *}, {@code 1.0.*}, ...), several joined by {@code ,}. Each of our artefacts
 * has one version, so "latest" and "all" match it whenever it lies in the range they name. Also
 * used for the {@code version} parameter of media types ({@code version=2.1+.0}).
 */
public final class VersionQuery {
  private static final Pattern PART = Pattern.compile("(\\d+)?([+~*])?");

  /** One part: a number with an optional operator, or a bare operator (number = -1). */
  private record Part(int number, char op) {}

  private final List<List<Part>> alternatives;

  private VersionQuery(List<List<Part>> alternatives) {
    this.alternatives = alternatives;
  }

  /**
   * @throws IllegalArgumentException for a syntax the standard does not support ({@code +.2.3},
   *     {@code 3.2*.1+}, {@code 2.3+})
   */
  public static VersionQuery parse(String query) {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("empty version");
    List<List<Part>> alternatives = new ArrayList<>();
    for (String alt : query.split(",", -1)) alternatives.add(parts(alt.strip()));
    return new VersionQuery(alternatives);
  }

  private static List<Part> parts(String version) {
    String[] raw = version.split("\\.", -1);
    if (raw.length > 3 || version.isEmpty())
      throw new IllegalArgumentException("'" + version + "' is not a version");
    List<Part> parts = new ArrayList<>();
    int operators = 0;
    boolean wildcardBefore = false;
    for (String r : raw) {
      Matcher m = PART.matcher(r);
      if (r.isEmpty() || !m.matches())
        throw new IllegalArgumentException("'" + version + "' is not a version");
      int n = m.group(1) == null ? -1 : Integer.parseInt(m.group(1));
      char op = m.group(2) == null ? ' ' : m.group(2).charAt(0);
      if (n > 0 && wildcardBefore)
        throw new IllegalArgumentException(
            "'" + version + "': no positive number may follow a wildcarded part");
      if (op != ' ') operators++;
      if (n < 0) wildcardBefore = true;
      parts.add(new Part(n, op));
    }
    if (operators > 1)
      throw new IllegalArgumentException(
          "'" + version + "': at most one of +, ~ and * in a version");
    boolean plus = parts.stream().anyMatch(p -> p.op() == '+');
    if (plus && parts.size() != 3 && !(parts.size() == 1 && parts.get(0).number() < 0))
      throw new IllegalArgumentException("'" + version + "': + needs three version parts");
    return parts;
  }

  /** Whether the version (e.g. {@code 1.0.0}, stable) is one the query selects. */
  public boolean matches(String version) {
    String[] v = version.split("\\.");
    int[] actual = new int[v.length];
    for (int i = 0; i < v.length; i++) actual[i] = Integer.parseInt(v[i]);
    for (List<Part> alt : alternatives) if (matches(alt, actual)) return true;
    return false;
  }

  private static boolean matches(List<Part> parts, int[] actual) {
    if (parts.size() == 1 && parts.get(0).number() < 0) {
      // +, ~ or *: the latest stable (x > 0), the latest, or all
      return parts.get(0).op() != '+' || actual[0] > 0;
    }
    if (parts.size() != actual.length) return false;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.op() == ' ') {
        if (p.number() != actual[i]) return false;
        continue;
      }
      if (p.op() == '+' && actual[0] == 0) return false;
      if (p.number() < 0) return true; // X.+.0, X.Y.*: any value from here
      // X+.Y.Z, X.Y~.Z: from here on, the version is at least the one named
      for (int j = i; j < parts.size(); j++) {
        int q = parts.get(j).number() < 0 ? 0 : parts.get(j).number();
        if (actual[j] != q) return actual[j] > q;
      }
      return true;
    }
    return true;
  }
}
