package vn.tradehub.gateway.sdmx;

import java.util.LinkedHashMap;
import java.util.Map;

/** A name in the two languages the API speaks: Vietnamese (with diacritics) and English. */
public record Text(String vi, String en) {
  public static final String VI = "vi";
  public static final String EN = "en";

  public static Text of(String vi, String en) {
    return new Text(vi, en);
  }

  /** The same text in both languages (codes, periods, names that have no translation). */
  public static Text same(String s) {
    return new Text(s, s);
  }

  public String in(String language) {
    return EN.equals(language) ? en : vi;
  }

  /** Both, as SDMX-JSON's {@code names}: the asked language first. */
  public Map<String, String> all(String language) {
    Map<String, String> out = new LinkedHashMap<>();
    if (EN.equals(language)) {
      out.put(EN, en);
      out.put(VI, vi);
    } else {
      out.put(VI, vi);
      out.put(EN, en);
    }
    return out;
  }
}
