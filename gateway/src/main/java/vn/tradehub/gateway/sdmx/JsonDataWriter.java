package vn.tradehub.gateway.sdmx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An SDMX-JSON 2.1.0 data message, streamed. The data sets refer to the codes of their structure by
 * position, and those positions are only known once the codes have been seen; so the message writes
 * {@code data.dataSets} first and {@code data.structures} after them (member order carries no
 * meaning in JSON), and keeps nothing but the code dictionaries while it streams.
 */
final class JsonDataWriter implements DataWriter {
  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

  private final JsonGenerator g;
  private final DataQuery query;
  private final Labels labels;
  private final String language;
  private final Instant prepared;
  private final Map<String, Structure> structures = new LinkedHashMap<>();
  private Structure current;
  private boolean inDataSet;
  private String series;

  JsonDataWriter(
      OutputStream out, DataQuery query, Labels labels, String language, Instant prepared)
      throws IOException {
    this.g = new JsonFactory().createGenerator(out);
    this.query = query;
    this.labels = labels;
    this.language = language;
    this.prepared = prepared;
  }

  /** A structure of the message: one dataflow, its packaging and the codes seen so far. */
  private final class Structure {
    final Dataflow flow;
    final int index;
    final List<Integer> dataSets = new ArrayList<>();
    final List<String> seriesDims = new ArrayList<>();
    final List<String> obsDims = new ArrayList<>();
    final List<String> seriesAttrs = new ArrayList<>();
    final List<String> obsAttrs = new ArrayList<>();
    final Map<String, Map<String, Integer>> codes = new LinkedHashMap<>();

    Structure(Dataflow flow, int index) {
      this.flow = flow;
      this.index = index;
      List<String> all = new ArrayList<>(flow.dsd().dimensionIds());
      all.add(Dsd.TIME_PERIOD);
      for (String d : all) {
        boolean atObs = query.flat() || d.equals(query.dimensionAtObservation());
        (atObs ? obsDims : seriesDims).add(d);
        codes.put(d, new LinkedHashMap<>());
      }
      for (Dsd.Attribute a : Dsd.ATTRIBUTES) {
        if (!query.attributes().contains(a.id())) continue;
        // series attributes vary with the series dimensions: at series level when the series
        // hold every other dimension (time series), else with each observation
        boolean atSeries = a.attachment() == Dsd.Attachment.SERIES && query.timeSeries();
        (atSeries ? seriesAttrs : obsAttrs).add(a.id());
        codes.put(a.id(), new LinkedHashMap<>());
      }
    }

    int index(String component, String value) {
      return codes.get(component).computeIfAbsent(value, v -> codes.get(component).size());
    }

    String value(ObservationStore.Row row, String dimension) {
      return dimension.equals(Dsd.TIME_PERIOD)
          ? row.period()
          : row.dims()[flow.dsd().position(dimension)];
    }

    String attribute(ObservationStore.Row row, String attribute) {
      return switch (attribute) {
        case Dsd.UNIT_MEASURE -> row.unit();
        case Dsd.UNIT_MULT -> row.mult() == null ? null : row.mult().toString();
        default -> row.status();
      };
    }
  }

  @Override
  public void start() throws IOException {
    g.writeStartObject();
    g.writeStringField("$schema", Sdmx.DATA_SCHEMA);
    g.writeObjectFieldStart("meta");
    g.writeStringField("id", "IREF-" + UUID.randomUUID());
    g.writeBooleanField("test", false);
    // the instant the data are complete up to: use it as updatedAfter next time
    g.writeStringField("prepared", INSTANT.format(prepared));
    g.writeArrayFieldStart("contentLanguages");
    g.writeString(language);
    g.writeEndArray();
    g.writeObjectFieldStart("sender");
    g.writeStringField("id", Sdmx.AGENCY);
    names(Sdmx.AGENCY_NAME);
    g.writeEndObject();
    g.writeEndObject();
    g.writeObjectFieldStart("data");
    g.writeArrayFieldStart("dataSets");
  }

  @Override
  public void dataSet(Dataflow flow, String action, Instant validFrom, Instant validTo)
      throws IOException {
    endDataSet();
    current = structures.computeIfAbsent(flow.id(), id -> new Structure(flow, structures.size()));
    int index = structures.values().stream().mapToInt(s -> s.dataSets.size()).sum();
    current.dataSets.add(index);
    g.writeStartObject();
    g.writeNumberField("structure", current.index);
    g.writeStringField("action", action);
    if (validFrom != null) g.writeStringField("validFrom", INSTANT.format(validFrom));
    if (validTo != null) g.writeStringField("validTo", INSTANT.format(validTo));
    g.writeArrayFieldStart("links");
    link(flow.urn(), "dataflow", Sdmx.href("dataflow", flow.id()));
    g.writeEndArray();
    g.writeObjectFieldStart(query.flat() ? "observations" : "series");
    inDataSet = true;
    series = null;
  }

  @Override
  public void observation(ObservationStore.Row row) throws IOException {
    Structure s = current;
    if (!query.flat()) {
      String key = key(s, s.seriesDims, row);
      if (!key.equals(series)) {
        endSeries();
        g.writeObjectFieldStart(key);
        if (!s.seriesAttrs.isEmpty() && !row.deleted()) {
          g.writeArrayFieldStart("attributes");
          for (String a : s.seriesAttrs) attributeIndex(s, a, s.attribute(row, a));
          g.writeEndArray();
        }
        g.writeObjectFieldStart("observations");
        series = key;
      }
    }
    g.writeArrayFieldStart(key(s, s.obsDims, row));
    if (!row.deleted()) { // a deleted observation is its key alone: every component goes
      if (query.measure()) g.writeNumber(plain(row.value()));
      for (String a : s.obsAttrs) attributeIndex(s, a, s.attribute(row, a));
    }
    g.writeEndArray();
  }

  private void attributeIndex(Structure s, String attribute, String value) throws IOException {
    if (value == null) g.writeNull();
    else g.writeNumber(s.index(attribute, value));
  }

  private String key(Structure s, List<String> dims, ObservationStore.Row row) {
    StringBuilder b = new StringBuilder();
    for (String d : dims) {
      if (b.length() > 0) b.append(':');
      b.append(s.index(d, s.value(row, d)));
    }
    return b.toString();
  }

  private void endSeries() throws IOException {
    if (series == null) return;
    g.writeEndObject(); // observations
    g.writeEndObject(); // the series
    series = null;
  }

  private void endDataSet() throws IOException {
    if (!inDataSet) return;
    endSeries();
    g.writeEndObject(); // series or observations
    g.writeEndObject(); // the data set
    inDataSet = false;
  }

  @Override
  public void end() throws IOException {
    endDataSet();
    g.writeEndArray(); // dataSets
    g.writeArrayFieldStart("structures");
    for (Structure s : structures.values()) structure(s);
    g.writeEndArray();
    g.writeEndObject(); // data
    g.writeEndObject();
    g.flush();
  }

  private void structure(Structure s) throws IOException {
    Dataflow flow = s.flow;
    g.writeStartObject();
    names(flow.name());
    g.writeArrayFieldStart("links");
    link(flow.urn(), "dataflow", Sdmx.href("dataflow", flow.id()));
    link(
        Sdmx.urn("datastructure.DataStructure", flow.dsd().id()),
        "datastructure",
        Sdmx.href("datastructure", flow.dsd().id()));
    g.writeEndArray();
    g.writeArrayFieldStart("dataSets");
    for (int i : s.dataSets) g.writeNumber(i);
    g.writeEndArray();
    g.writeObjectFieldStart("dimensions");
    dimensions("series", s, s.seriesDims);
    dimensions("observation", s, s.obsDims);
    g.writeEndObject();
    if (query.measure()) {
      g.writeObjectFieldStart("measures");
      g.writeArrayFieldStart("observation");
      g.writeStartObject();
      g.writeStringField("id", Dsd.OBS_VALUE);
      names(labels.component(Dsd.OBS_VALUE));
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeObjectFieldStart("attributes");
    attributes("series", s, s.seriesAttrs);
    attributes("observation", s, s.obsAttrs);
    g.writeEndObject();
    g.writeEndObject();
  }

  private void dimensions(String level, Structure s, List<String> dims) throws IOException {
    if (dims.isEmpty()) return;
    g.writeArrayFieldStart(level);
    for (String d : dims) {
      g.writeStartObject();
      g.writeStringField("id", d);
      names(labels.component(d));
      g.writeNumberField("keyPosition", s.flow.dsd().position(d));
      if (d.equals(Dsd.TIME_PERIOD) || d.equals("FREQ") || d.equals("REF_AREA")) {
        g.writeArrayFieldStart("roles");
        g.writeString(d);
        g.writeEndArray();
      }
      g.writeArrayFieldStart("values");
      String codelist = Labels.codelistOf(s.flow.dsd(), d);
      for (String v : s.codes.get(d).keySet()) {
        g.writeStartObject();
        g.writeStringField("id", v);
        if (d.equals(Dsd.TIME_PERIOD)) {
          g.writeStringField("name", v);
          TimePeriods.Range r = TimePeriods.of(v);
          g.writeStringField("start", r.start() + "T00:00:00Z");
          g.writeStringField("end", r.end() + "T23:59:59Z");
        } else names(labels.code(codelist, v));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void attributes(String level, Structure s, List<String> attrs) throws IOException {
    if (attrs.isEmpty()) return;
    g.writeArrayFieldStart(level);
    for (String a : attrs) {
      Dsd.Attribute def =
          Dsd.ATTRIBUTES.stream().filter(x -> x.id().equals(a)).findFirst().orElseThrow();
      g.writeStartObject();
      g.writeStringField("id", a);
      names(labels.component(a));
      g.writeObjectFieldStart("relationship");
      if (def.attachment() == Dsd.Attachment.SERIES) {
        g.writeArrayFieldStart("dimensions");
        for (String d : s.flow.dsd().dimensionIds()) g.writeString(d);
        g.writeEndArray();
      } else {
        g.writeObjectFieldStart("observation");
        g.writeEndObject();
      }
      g.writeEndObject();
      Map<String, Integer> values = s.codes.get(a);
      if (!values.isEmpty()) {
        g.writeArrayFieldStart("values");
        for (String v : values.keySet()) {
          g.writeStartObject();
          g.writeStringField("id", v);
          names(labels.code(def.codelist(), v));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void names(Text t) throws IOException {
    g.writeStringField("name", t.in(language));
    g.writeObjectFieldStart("names");
    for (Map.Entry<String, String> e : t.all(language).entrySet())
      g.writeStringField(e.getKey(), e.getValue());
    g.writeEndObject();
  }

  private void link(String urn, String rel, String href) throws IOException {
    g.writeStartObject();
    g.writeStringField("href", href);
    g.writeStringField("rel", rel);
    g.writeStringField("urn", urn);
    g.writeEndObject();
  }

  /** A decimal as written in the message: no exponent, no trailing zeros. */
  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
