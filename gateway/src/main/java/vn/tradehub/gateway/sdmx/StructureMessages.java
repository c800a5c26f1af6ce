package vn.tradehub.gateway.sdmx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the parts of SDMX-JSON 2.1.0 structure messages: the artefacts (full, as stubs or as
 * complete stubs), the code lists' items with the units' validity as annotations, and the message
 * around them. Structure messages are small (the largest code list has a few hundred codes), so
 * they are built as trees.
 */
final class StructureMessages {
  enum Detail {
    FULL,
    STUB,
    COMPLETE_STUB
  }

  private final ObjectMapper mapper;
  private final String language;

  StructureMessages(ObjectMapper mapper, String language) {
    this.mapper = mapper;
    this.language = language;
  }

  /** The message around data, as the 200 answer of a structure or availability query. */
  SdmxAnswer answer(
      ObjectNode data, Instant prepared, String contentType, Map<String, String> headers) {
    headers.put("Content-Language", language);
    byte[] bytes = json(message(data, prepared)).getBytes(StandardCharsets.UTF_8);
    return new SdmxAnswer(200, contentType, headers, out -> out.write(bytes));
  }

  String json(Object node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The message's array of one kind of artefact, created by the first one added. */
  static ArrayNode array(ObjectNode data, String name) {
    return data.has(name) ? (ArrayNode) data.get(name) : data.putArray(name);
  }

  ObjectNode message(ObjectNode data, Instant prepared) {
    ObjectNode m = mapper.createObjectNode();
    m.put("$schema", Sdmx.STRUCTURE_SCHEMA);
    ObjectNode meta = m.putObject("meta");
    meta.put("id", "IREF-" + UUID.randomUUID());
    meta.put("test", false);
    meta.put("prepared", DateTimeFormatter.ISO_INSTANT.format(prepared));
    meta.putArray("contentLanguages").add(language);
    ObjectNode sender = meta.putObject("sender");
    sender.put("id", Sdmx.AGENCY);
    names(sender, Sdmx.AGENCY_NAME);
    m.set("data", data);
    return m;
  }

  private ObjectNode maintainable(
      String type, String klass, String id, Text name, Text description, Detail detail) {
    ObjectNode n = mapper.createObjectNode();
    n.put("id", id);
    n.put("agencyID", Sdmx.AGENCY);
    n.put("version", Sdmx.VERSION);
    names(n, name);
    if (description != null && detail != Detail.STUB) {
      ObjectNode d = n.putObject("descriptions");
      description.all(language).forEach(d::put);
    }
    if (detail != Detail.FULL) n.put("isExternalReference", true);
    ArrayNode links = n.putArray("links");
    links
        .addObject()
        .put("href", Sdmx.href(type, id))
        .put("rel", "self")
        .put("urn", Sdmx.urn(klass, id));
    return n;
  }

  ObjectNode dataflow(Dataflow f, Detail detail) {
    ObjectNode n =
        maintainable(
            "dataflow", "datastructure.Dataflow", f.id(), f.name(), f.description(), detail);
    n.put("structure", Sdmx.urn("datastructure.DataStructure", f.dsd().id()));
    return n;
  }

  ObjectNode dataStructure(Dsd dsd, Detail detail) {
    ObjectNode n =
        maintainable(
            "datastructure", "datastructure.DataStructure", dsd.id(), dsd.name(), null, detail);
    if (detail != Detail.FULL) return n;
    ObjectNode components = n.putObject("dataStructureComponents");
    ObjectNode dimensionList = components.putObject("dimensionList");
    dimensionList.put("id", "DimensionDescriptor");
    ArrayNode dims = dimensionList.putArray("dimensions");
    for (int i = 0; i < dsd.dimensions().size(); i++) {
      Dsd.Dimension d = dsd.dimensions().get(i);
      ObjectNode dim = dims.addObject();
      dim.put("id", d.id());
      dim.put("position", i);
      dim.put("conceptIdentity", concept(d.id()));
      dim.putObject("localRepresentation").put("enumeration", codelistUrn(d.codelist()));
    }
    ObjectNode time = dimensionList.putObject("timeDimension");
    time.put("id", Dsd.TIME_PERIOD);
    time.put("conceptIdentity", concept(Dsd.TIME_PERIOD));
    time.putObject("localRepresentation").putObject("format").put("dataType", dsd.timeFormat());
    ObjectNode attributeList = components.putObject("attributeList");
    attributeList.put("id", "AttributeDescriptor");
    ArrayNode attrs = attributeList.putArray("attributes");
    for (Dsd.Attribute a : Dsd.ATTRIBUTES) {
      ObjectNode at = attrs.addObject();
      at.put("id", a.id());
      at.put("usage", "mandatory");
      ObjectNode rel = at.putObject("attributeRelationship");
      if (a.attachment() == Dsd.Attachment.SERIES) {
        ArrayNode on = rel.putArray("dimensions");
        dsd.dimensionIds().forEach(on::add);
      } else rel.putObject("observation");
      at.put("conceptIdentity", concept(a.id()));
      at.putObject("localRepresentation").put("enumeration", codelistUrn(a.codelist()));
    }
    ObjectNode measureList = components.putObject("measureList");
    measureList.put("id", "MeasureDescriptor");
    ObjectNode measure = measureList.putArray("measures").addObject();
    measure.put("id", Dsd.OBS_VALUE);
    measure.put("conceptIdentity", concept(Dsd.OBS_VALUE));
    measure.putObject("localRepresentation").putObject("format").put("dataType", "Decimal");
    return n;
  }

  /**
   * A code list; with {@code only}, just those codes ({@code isPartial}). Units carry their
   * validity (VALID_FROM, VALID_TO) and level as annotations: SDMX 3 codes have no validity.
   */
  ObjectNode codelist(Codelist c, Detail detail, Set<String> only) {
    ObjectNode n =
        maintainable("codelist", "codelist.Codelist", c.id(), c.name(), c.description(), detail);
    if (detail != Detail.FULL) return n;
    if (only != null) n.put("isPartial", true);
    ArrayNode codes = mapper.createArrayNode();
    for (Code code : c.codes()) {
      if (only != null && !only.contains(code.id())) continue;
      ObjectNode o = codes.addObject();
      o.put("id", code.id());
      names(o, code.name());
      if (code.parent() != null && (only == null || only.contains(code.parent())))
        o.put("parent", code.parent());
      if (code.validFrom() != null || code.validTo() != null || code.level() != null) {
        ArrayNode a = o.putArray("annotations");
        if (code.level() != null) a.addObject().put("type", "LEVEL").put("value", code.level());
        if (code.validFrom() != null)
          a.addObject().put("type", "VALID_FROM").put("value", code.validFrom().toString());
        if (code.validTo() != null)
          a.addObject().put("type", "VALID_TO").put("value", code.validTo().toString());
      }
    }
    if (!codes.isEmpty()) n.set("codes", codes);
    return n;
  }

  /** The concept scheme; with {@code only}, just those concepts ({@code isPartial}). */
  ObjectNode conceptScheme(Collection<Concept> concepts, Detail detail, Set<String> only) {
    ObjectNode n =
        maintainable(
            "conceptscheme",
            "conceptscheme.ConceptScheme",
            Sdmx.CONCEPT_SCHEME,
            Text.of("Khái niệm thống kê của TradeHub", "TradeHub statistical concepts"),
            null,
            detail);
    if (detail != Detail.FULL) return n;
    if (only != null) n.put("isPartial", true);
    ArrayNode items = n.putArray("concepts");
    for (Concept c : concepts) {
      if (only != null && !only.contains(c.id())) continue;
      ObjectNode o = items.addObject();
      o.put("id", c.id());
      names(o, c.name());
    }
    return n;
  }

  static String concept(String id) {
    return "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept="
        + Sdmx.AGENCY
        + ":"
        + Sdmx.CONCEPT_SCHEME
        + "("
        + Sdmx.VERSION
        + ")."
        + id;
  }

  static String codelistUrn(String id) {
    return Sdmx.urn("codelist.Codelist", id);
  }

  void names(ObjectNode n, Text t) {
    n.put("name", t.in(language));
    ObjectNode names = n.putObject("names");
    for (Map.Entry<String, String> e : t.all(language).entrySet())
      names.put(e.getKey(), e.getValue());
  }
}
