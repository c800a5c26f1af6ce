package vn.tradehub.gateway.sdmx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A code list of the agency, version {@link Sdmx#VERSION}. */
public record Codelist(String id, Text name, Text description, List<Code> codes) {
  public Codelist {
    codes = List.copyOf(codes);
  }

  public Map<String, Code> byId() {
    Map<String, Code> out = new LinkedHashMap<>();
    codes.forEach(c -> out.put(c.id(), c));
    return out;
  }
}
