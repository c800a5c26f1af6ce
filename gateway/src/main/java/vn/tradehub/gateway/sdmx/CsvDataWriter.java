package vn.tradehub.gateway.sdmx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An SDMX-CSV 2.1.0 data message (the field guide in csv/), one row per observation, written with
 * commons-csv as rows arrive. Columns: STRUCTURE, STRUCTURE_ID, (STRUCTURE_NAME), ACTION,
 * (SERIES_KEY, OBS_KEY), the dimensions of every selected structure in order, TIME_PERIOD,
 * OBS_VALUE, the attributes; with {@code includeHistory}, the custom columns VALID_FROM and
 * VALID_TO carry each data set's validity. {@code labels=both} writes {@code ID: name} in the asked
 * language; {@code labels=name} adds a name column after each; {@code timeFormat=normalized} writes
 * a period as its first day.
 */
final class CsvDataWriter implements DataWriter {
  private final CSVPrinter csv;
  private final Writer writer;
  private final DataQuery query;
  private final Negotiation.Csv options;
  private final Labels labels;
  private final String language;
  private final List<String> dimensions;
  private Dataflow flow;
  private String action;
  private Instant validFrom;
  private Instant validTo;

  CsvDataWriter(
      OutputStream out,
      DataQuery query,
      List<Dataflow> flows,
      Negotiation.Csv options,
      Labels labels,
      String language)
      throws IOException {
    this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    this.csv = new CSVPrinter(writer, CSVFormat.RFC4180);
    this.query = query;
    this.options = options;
    this.labels = labels;
    this.language = language;
    Set<String> dims = new LinkedHashSet<>();
    flows.forEach(f -> dims.addAll(f.dsd().dimensionIds()));
    this.dimensions = List.copyOf(dims);
  }

  private boolean names() {
    return options.labels().equals("name");
  }

  private boolean both() {
    return options.labels().equals("both");
  }

  @Override
  public void start() throws IOException {
    List<String> header = new ArrayList<>(List.of("STRUCTURE", "STRUCTURE_ID"));
    if (names()) header.add("STRUCTURE_NAME");
    header.add("ACTION");
    if (options.keys().equals("series") || options.keys().equals("both")) header.add("SERIES_KEY");
    if (options.keys().equals("obs") || options.keys().equals("both")) header.add("OBS_KEY");
    for (String d : components()) {
      Text name = labels.component(d);
      header.add(both() ? d + ": " + name.in(language) : d);
      if (names()) header.add(name.in(language));
    }
    if (query.includeHistory()) {
      header.add("VALID_FROM");
      header.add("VALID_TO");
    }
    csv.printRecord(header);
  }

  /**
   * The component columns: dimensions, TIME_PERIOD, OBS_VALUE (unless measures=none), attributes.
   */
  private List<String> components() {
    List<String> out = new ArrayList<>(dimensions);
    out.add(Dsd.TIME_PERIOD);
    if (query.measure()) out.add(Dsd.OBS_VALUE);
    out.addAll(query.attributes());
    return out;
  }

  @Override
  public void dataSet(Dataflow flow, String action, Instant validFrom, Instant validTo) {
    this.flow = flow;
    this.action = action;
    this.validFrom = validFrom;
    this.validTo = validTo;
  }

  @Override
  public void observation(ObservationStore.Row row) throws IOException {
    Dsd dsd = flow.dsd();
    List<String> r = new ArrayList<>();
    r.add("dataflow");
    String id = Sdmx.AGENCY + ":" + flow.id() + "(" + Sdmx.VERSION + ")";
    r.add(both() ? id + ": " + flow.name().in(language) : id);
    if (names()) r.add(flow.name().in(language));
    r.add(action.substring(0, 1));
    if (options.keys().equals("series") || options.keys().equals("both"))
      r.add(seriesKey(dsd, row));
    if (options.keys().equals("obs") || options.keys().equals("both"))
      r.add(row.seriesKey() + "." + row.period());
    for (String c : components()) cell(r, dsd, c, row);
    if (query.includeHistory()) {
      r.add(validFrom == null ? "" : validFrom.toString());
      r.add(validTo == null ? "" : validTo.toString());
    }
    csv.printRecord(r);
  }

  /** The dimensions not at observation level, in key order. */
  private String seriesKey(Dsd dsd, ObservationStore.Row row) {
    if (query.flat()) return "";
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < dsd.dimensions().size(); i++)
      if (!dsd.dimensions().get(i).id().equals(query.dimensionAtObservation()))
        parts.add(row.dims()[i]);
    if (!query.timeSeries()) parts.add(row.period());
    return String.join(".", parts);
  }

  private void cell(List<String> r, Dsd dsd, String component, ObservationStore.Row row) {
    String value;
    String codelist = null;
    if (component.equals(Dsd.TIME_PERIOD)) {
      value =
          options.timeFormat().equals("normalized")
              ? TimePeriods.of(row.period()).start().toString()
              : row.period();
    } else if (component.equals(Dsd.OBS_VALUE)) {
      value = row.value() == null ? null : JsonDataWriter.plain(row.value());
    } else if (dsd.position(component) >= 0) {
      value = row.dims()[dsd.position(component)];
      codelist = Labels.codelistOf(dsd, component);
    } else if (Dsd.ATTRIBUTES.stream().anyMatch(a -> a.id().equals(component))) {
      value =
          switch (component) {
            case Dsd.UNIT_MEASURE -> row.unit();
            case Dsd.UNIT_MULT -> row.mult() == null ? null : row.mult().toString();
            default -> row.status();
          };
      codelist = Labels.codelistOf(dsd, component);
    } else value = null; // a dimension of another selected structure
    if (value == null) {
      r.add("");
      if (names()) r.add("");
      return;
    }
    Text name = codelist == null ? null : labels.code(codelist, value);
    r.add(both() && name != null ? value + ": " + name.in(language) : value);
    if (names())
      r.add(name == null ? (component.equals(Dsd.TIME_PERIOD) ? value : "") : name.in(language));
  }

  @Override
  public void end() throws IOException {
    csv.flush();
    writer.flush();
  }
}
