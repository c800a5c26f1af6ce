package vn.tradehub.gateway.sdmx;

import java.util.HashMap;
import java.util.Map;

/** Names of components and codes for one answer (code lists read once per answer). */
final class Labels {
  private final SdmxStructures structures;
  private final Map<String, Map<String, Code>> codes = new HashMap<>();

  Labels(SdmxStructures structures) {
    this.structures = structures;
  }

  /** The concept's name. */
  Text component(String id) {
    Concept c = structures.concept(id);
    return c == null ? Text.same(id) : c.name();
  }

  /** The code's name in the code list; the code itself when the list does not have it. */
  Text code(String codelist, String code) {
    Map<String, Code> byId =
        codes.computeIfAbsent(
            codelist,
            id -> {
              Codelist cl = structures.codelist(id);
              return cl == null ? Map.of() : cl.byId();
            });
    Code c = byId.get(code);
    return c == null ? Text.same(code) : c.name();
  }

  /** The code list of a component of the structure (dimension or attribute); null for others. */
  static String codelistOf(Dsd dsd, String component) {
    for (Dsd.Dimension d : dsd.dimensions()) if (d.id().equals(component)) return d.codelist();
    for (Dsd.Attribute a : Dsd.ATTRIBUTES) if (a.id().equals(component)) return a.codelist();
    return null;
  }
}
