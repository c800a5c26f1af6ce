package vn.tradehub.gateway.sdmx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tradehub.platform.problem.Problems;

/**
 * Data queries (data.md): reads and checks the query, negotiates the format, answers 304 when the
 * client's copy is current and 204 when nothing matches, and otherwise streams the message from the
 * vintages, as of the answer's horizon (or {@code asOf} before it).
 *
 * <p>Data sets: the current data is one Replace data set (Merge when attributes or measures were
 * chosen); {@code updatedAfter} gives a Replace data set of what was added or revised and a Delete
 * data set of what was deleted since; {@code includeHistory} gives, per dissemination (each instant
 * the read model published changes), a Replace data set valid from it and a Delete data set of the
 * observations that stopped being valid then.
 */
@ApplicationScoped
public class DataService {
  private final SdmxStructures structures;
  private final ObservationStore store;
  private final Clock clock;

  public DataService(SdmxStructures structures, ObservationStore store, Clock clock) {
    this.structures = structures;
    this.store = store;
    this.clock = clock;
  }

  public SdmxAnswer data(
      String context,
      String agency,
      String resource,
      String version,
      String key,
      Map<String, List<String>> parameters,
      HttpHeaders headers) {
    QueryParams p = QueryParams.of(parameters, DataQuery.DATA_PARAMETERS);
    Negotiation.Format format = Negotiation.data(headers);
    List<Dataflow> flows = DataQuery.select(structures, context, agency, resource, version);
    if (flows.isEmpty())
      throw Problems.notFound("Dataflow", agency + ":" + resource + "(" + version + ")");
    DataQuery q = DataQuery.parse(flows, key, p, clock.getZone());

    Instant horizon = store.horizon();
    Instant at = q.asOf() != null && q.asOf().isBefore(horizon) ? q.asOf() : horizon;
    Instant last = store.lastChange(flows.stream().map(Dataflow::id).toList(), at);
    Instant modified = last != null ? last : at;
    String etag =
        Validators.etag(
            "data",
            String.join(
                "/", String.valueOf(context), agency, resource, version, String.valueOf(key)),
            new TreeMap<>(parameters).toString(),
            format.toString(),
            String.valueOf(last));
    Map<String, String> h = Validators.headers(etag, modified);
    if (Validators.notModified(headers, etag, modified)) return new SdmxAnswer(304, null, h, null);

    List<DataQuery.Selected> withData = new ArrayList<>();
    for (DataQuery.Selected s : q.flows()) if (store.any(s, q, at)) withData.add(s);
    if (q.offset() > 0 && !withData.isEmpty()) {
      long total = 0;
      for (DataQuery.Selected s : withData) total += store.count(s, q, at);
      if (total <= q.offset()) withData.clear();
    }
    if (withData.isEmpty()) return new SdmxAnswer(204, null, h, null);
    h.put("Content-Language", format.language());
    StreamingOutput body = out -> write(out, q, withData, format, at);
    return new SdmxAnswer(200, format.contentType(), h, body);
  }

  /** Stops the cursor once {@code limit} observations are written. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  private void write(
      OutputStream out,
      DataQuery q,
      List<DataQuery.Selected> selected,
      Negotiation.Format format,
      Instant at)
      throws IOException {
    Labels labels = new Labels(structures);
    DataWriter w =
        format.kind() == Negotiation.Kind.DATA_CSV
            ? new CsvDataWriter(
                out,
                q,
                selected.stream().map(DataQuery.Selected::flow).toList(),
                format.csv(),
                labels,
                format.language())
            : new JsonDataWriter(out, q, labels, format.language(), at);
    w.start();
    long[] skipped = {0};
    long[] written = {0};
    try {
      for (DataQuery.Selected s : selected) {
        String[] dataSet = {null};
        store.stream(
            s,
            q,
            at,
            row -> {
              if (q.limit() != null && written[0] >= q.limit()) throw new Enough();
              if (skipped[0] < q.offset()) {
                skipped[0]++;
                return;
              }
              String id = dataSetOf(q, row);
              if (!id.equals(dataSet[0])) {
                startDataSet(w, s.flow(), q, row);
                dataSet[0] = id;
              }
              w.observation(row);
              written[0]++;
            });
      }
    } catch (Enough e) {
      // limit reached
    }
    w.end();
  }

  private static String dataSetOf(DataQuery q, ObservationStore.Row row) {
    if (q.includeHistory()) return row.validFrom() + "|" + row.deleted();
    if (q.updatedAfter() != null) return String.valueOf(row.deleted());
    return "";
  }

  private static void startDataSet(
      DataWriter w, Dataflow flow, DataQuery q, ObservationStore.Row row) throws IOException {
    if (q.includeHistory()) {
      if (row.deleted()) w.dataSet(flow, DataWriter.DELETE, null, row.validFrom());
      else w.dataSet(flow, DataWriter.REPLACE, row.validFrom(), null);
    } else if (q.updatedAfter() != null) {
      w.dataSet(flow, row.deleted() ? DataWriter.DELETE : DataWriter.REPLACE, null, null);
    } else {
      w.dataSet(flow, q.partial() ? DataWriter.MERGE : DataWriter.REPLACE, null, null);
    }
  }
}
