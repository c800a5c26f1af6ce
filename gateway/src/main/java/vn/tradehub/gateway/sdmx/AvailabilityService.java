package vn.tradehub.gateway.sdmx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.tradehub.platform.problem.Problems;

/**
 * Availability queries (availability.md): for a data query, an AvailabilityConstraint per dataflow
 * with data, whose cube region lists each dimension's values ({@code mode=exact}: those the data
 * query would return; {@code mode=available}: those that could still be added to it, each
 * dimension's own constraints lifted), TIME_PERIOD's coverage and the series and observation
 * counts; {@code references} adds the dataflow, data structure, concept scheme and code lists, the
 * item schemes cut to what the constraint uses ({@code isPartial}).
 */
@ApplicationScoped
public class AvailabilityService {
  static final Set<String> PARAMETERS =
      Set.of("c", "updatedAfter", "references", "mode", "reportingYearStartDay");
  static final Set<String> REFERENCES =
      Set.of(
          "none",
          "all",
          "datastructure",
          "conceptscheme",
          "codelist",
          "dataproviderscheme",
          "dataflow",
          "valuelist");

  private final SdmxStructures structures;
  private final ObservationStore store;
  private final ObjectMapper mapper;
  private final Clock clock;

  public AvailabilityService(
      SdmxStructures structures, ObservationStore store, ObjectMapper mapper, Clock clock) {
    this.structures = structures;
    this.store = store;
    this.mapper = mapper;
    this.clock = clock;
  }

  public SdmxAnswer availability(
      String context,
      String agency,
      String resource,
      String version,
      String key,
      String component,
      Map<String, List<String>> parameters,
      HttpHeaders headers) {
    QueryParams p = QueryParams.of(parameters, PARAMETERS);
    Negotiation.Format format = Negotiation.structure(headers);
    if (!Set.of("dataflow", "datastructure", "provisionagreement")
        .contains(context.toLowerCase(java.util.Locale.ROOT)))
      throw QueryParams.bad(
          "context", "must be dataflow, datastructure or provisionagreement", context);
    String mode = p.choice("mode", "exact", "exact", "available");
    List<String> references = p.list("references") == null ? List.of("none") : p.list("references");
    for (String r : references)
      if (!REFERENCES.contains(r))
        throw QueryParams.bad("references", "is not one of " + REFERENCES, r);
    List<Dataflow> flows = DataQuery.select(structures, context, agency, resource, version);
    if (flows.isEmpty())
      throw Problems.notFound("Dataflow", agency + ":" + resource + "(" + version + ")");
    DataQuery q = DataQuery.parse(flows, key, p, clock.getZone());
    List<String> components =
        component == null || component.equals("*") ? null : List.of(component.split(",", -1));
    if (components != null)
      for (String c : components)
        if (flows.stream().allMatch(f -> f.dsd().position(c) < 0))
          throw QueryParams.bad("componentID", "is not a dimension of the selected dataflows", c);

    Instant at = store.horizon();
    Instant last = store.lastChange(flows.stream().map(Dataflow::id).toList(), at);
    Instant modified = last != null ? last : at;
    String etag =
        Validators.etag(
            "availability",
            String.join(
                "/",
                context,
                agency,
                resource,
                version,
                String.valueOf(key),
                String.valueOf(component)),
            new TreeMap<>(parameters).toString(),
            format.language(),
            String.valueOf(last));
    Map<String, String> h = Validators.headers(etag, modified);
    if (Validators.notModified(headers, etag, modified)) return new SdmxAnswer(304, null, h, null);

    String language = format.language();
    StructureMessages m = new StructureMessages(mapper, language);
    ObjectNode data = mapper.createObjectNode();
    ArrayNode constraints = mapper.createArrayNode();
    Map<String, Set<String>> used = new LinkedHashMap<>(); // code list -> codes in the constraints
    Set<String> concepts = new LinkedHashSet<>();
    Set<Dataflow> withData = new LinkedHashSet<>();
    for (DataQuery.Selected s : q.flows()) {
      if (!store.any(s, q, at)) continue;
      withData.add(s.flow());
      Dsd dsd = s.flow().dsd();
      Map<Integer, Set<String>> exact = store.values(s, q, at);
      ObservationStore.Coverage coverage = store.coverage(s, q, at);
      ObjectNode c = constraints.addObject();
      c.putObject("constraintAttachment").put("dataflow", s.flow().urn());
      ObjectNode region = c.putObject("cubeRegion");
      region.put("include", true);
      ArrayNode keyValues = region.putArray("keyValues");
      for (int i = 0; i < dsd.dimensions().size(); i++) {
        Dsd.Dimension d = dsd.dimensions().get(i);
        if (components != null && !components.contains(d.id())) continue;
        Set<String> values =
            mode.equals("available")
                ? store.valuesWithout(s, q, at, i)
                : exact.getOrDefault(i + 1, Set.of());
        if (values.isEmpty()) continue;
        ObjectNode kv = keyValues.addObject();
        kv.put("id", d.id());
        ArrayNode vs = kv.putArray("values");
        values.forEach(vs::add);
        used.computeIfAbsent(d.codelist(), x -> new LinkedHashSet<>()).addAll(values);
        concepts.add(d.id());
      }
      if (components == null || components.contains(Dsd.TIME_PERIOD)) {
        ObjectNode time = keyValues.addObject();
        time.put("id", Dsd.TIME_PERIOD);
        ObjectNode range = time.putObject("timeRange");
        range
            .putObject("startPeriod")
            .put("period", coverage.start().toString())
            .put("isInclusive", true);
        range
            .putObject("endPeriod")
            .put("period", coverage.end().toString())
            .put("isInclusive", true);
        concepts.add(Dsd.TIME_PERIOD);
      }
      if (keyValues.isEmpty()) region.remove("keyValues");
      c.put("seriesCount", coverage.series());
      c.put("obsCount", coverage.observations());
    }
    if (withData.isEmpty()) return new SdmxAnswer(204, null, h, null);
    data.set("availabilityConstraints", constraints);
    boolean all = references.contains("all");
    if (all || references.contains("dataflow"))
      withData.forEach(
          f ->
              StructureMessages.array(data, "dataflows")
                  .add(m.dataflow(f, StructureMessages.Detail.FULL)));
    if (all || references.contains("datastructure"))
      withData.stream()
          .map(Dataflow::dsd)
          .distinct()
          .forEach(
              d ->
                  StructureMessages.array(data, "dataStructures")
                      .add(m.dataStructure(d, StructureMessages.Detail.FULL)));
    if (all || references.contains("conceptscheme"))
      StructureMessages.array(data, "conceptSchemes")
          .add(m.conceptScheme(structures.concepts(), StructureMessages.Detail.FULL, concepts));
    if (all || references.contains("codelist"))
      used.forEach(
          (id, codes) -> {
            Codelist cl = structures.codelist(id);
            StructureMessages.array(data, "codelists")
                .add(m.codelist(cl, StructureMessages.Detail.FULL, withParents(cl, codes)));
          });
    return m.answer(data, at, format.contentType(), h);
  }

  /** The codes and their ancestors: a partial code list keeps its hierarchy (availability.md). */
  private static Set<String> withParents(Codelist cl, Set<String> codes) {
    Map<String, Code> byId = cl.byId();
    Set<String> out = new LinkedHashSet<>();
    for (String c : codes) {
      for (Code x = byId.get(c); x != null && out.add(x.id()); )
        x = byId.get(x.parent() == null ? "" : x.parent());
      out.add(c);
    }
    return out;
  }
}
