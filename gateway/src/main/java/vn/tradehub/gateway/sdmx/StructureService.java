package vn.tradehub.gateway.sdmx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.problem.Problems;

/**
 * Structure queries (structures.md): dataflows, data structures, code lists and the concept scheme
 * of the agency, with {@code references} (parents, children, descendants, all or a type) and {@code
 * detail} (full, stubs, complete stubs, referencepartial, raw); item queries on code lists and the
 * concept scheme. Other structure types exist in the standard but not here: 404.
 */
@ApplicationScoped
public class StructureService {
  /** The artefact types we hold, by the name structure queries use. */
  static final List<String> TYPES =
      List.of("dataflow", "datastructure", "codelist", "conceptscheme");

  static final Set<String> STRUCTURE_TYPES =
      Set.of(
          "datastructure",
          "metadatastructure",
          "dataflow",
          "metadataflow",
          "provisionagreement",
          "process",
          "categorisation",
          "dataconstraint",
          "metadataconstraint",
          "conceptscheme",
          "codelist",
          "categoryscheme",
          "hierarchy",
          "hierarchyassociation",
          "agencyscheme",
          "dataproviderscheme",
          "dataconsumerscheme",
          "organisationunitscheme",
          "transformationscheme",
          "rulesetscheme",
          "userdefinedoperatorscheme",
          "customtypescheme",
          "namepersonalisationscheme",
          "vtlmappingscheme",
          "valuelist",
          "structuremap",
          "representationmap",
          "conceptschememap",
          "categoryschememap",
          "organisationschememap",
          "reportingtaxonomymap",
          "metadataproviderscheme",
          "reportingtaxonomy",
          "metadataprovisionagreement",
          "*");

  /** The detail parameter's values, as queries are checked and documented. */
  static final List<String> DETAILS =
      List.of(
          "full",
          "allstubs",
          "referencestubs",
          "allcompletestubs",
          "referencecompletestubs",
          "referencepartial",
          "raw");

  static final Set<String> ITEM_SCHEME_TYPES =
      Set.of(
          "conceptscheme",
          "codelist",
          "categoryscheme",
          "agencyscheme",
          "dataproviderscheme",
          "dataconsumerscheme",
          "organisationunitscheme",
          "transformationscheme",
          "rulesetscheme",
          "userdefinedoperatorscheme",
          "customtypescheme",
          "namepersonalisationscheme",
          "vtlmappingscheme",
          "valuelist",
          "*");

  static final Set<String> REFERENCES =
      Set.of(
          "none",
          "parents",
          "parentsandsiblings",
          "ancestors",
          "children",
          "descendants",
          "all",
          "datastructure",
          "metadatastructure",
          "categoryscheme",
          "conceptscheme",
          "codelist",
          "hierarchy",
          "hierarchyassociation",
          "agencyscheme",
          "dataproviderscheme",
          "dataconsumerscheme",
          "organisationunitscheme",
          "dataflow",
          "metadataflow",
          "reportingtaxonomy",
          "provisionagreement",
          "structureset",
          "process",
          "categorisation",
          "dataconstraint",
          "metadataconstraint",
          "transformationscheme",
          "rulesetscheme",
          "userdefinedoperatorscheme",
          "customtypescheme",
          "namepersonalisationscheme",
          "namealiasscheme",
          "valuelist",
          "structuremap",
          "representationmap",
          "conceptschememap",
          "categoryschememap",
          "organisationschememap",
          "reportingtaxonomymap");

  private static final Pattern ITEM = Pattern.compile("\\*|[A-Za-z0-9_@$\\-.]+");

  private final SdmxStructures structures;
  private final ObjectMapper mapper;
  private final Jdbc jdbc;
  private final Clock clock;
  private Instant started;

  public StructureService(SdmxStructures structures, ObjectMapper mapper, Jdbc jdbc, Clock clock) {
    this.structures = structures;
    this.mapper = mapper;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void onStart(@Observes StartupEvent e) {
    started = clock.instant();
  }

  /** One of our artefacts. */
  record Artefact(String type, String id) {}

  public SdmxAnswer structure(
      String type,
      String agency,
      String resource,
      String version,
      String item,
      Map<String, List<String>> parameters,
      HttpHeaders headers) {
    QueryParams p = QueryParams.of(parameters, Set.of("references", "detail", "asOf"));
    type = type.toLowerCase(java.util.Locale.ROOT);
    Negotiation.Format format = Negotiation.structure(headers);
    Set<String> allowed = item == null ? STRUCTURE_TYPES : ITEM_SCHEME_TYPES;
    if (!allowed.contains(type))
      throw QueryParams.bad(
          item == null ? "structureType" : "itemSchemeType",
          "is not an SDMX structure type here",
          type);
    String detail = p.choice("detail", "full", DETAILS.toArray(String[]::new));
    List<String> references = p.list("references") == null ? List.of("none") : p.list("references");
    for (String r : references)
      if (!REFERENCES.contains(r))
        throw QueryParams.bad("references", "is not one of the standard's reference kinds", r);
    p.instant("asOf", clock.getZone()); // checked; the structures do not change between releases
    List<String> items = null;
    if (item != null) {
      items = DataQuery.ids("itemID", item, ITEM);
      if (items.contains("*")) items = null;
    }

    List<Artefact> matched = match(type, agency, resource, version);
    String language = format.language();
    StructureMessages m = new StructureMessages(mapper, language);
    Set<Artefact> referenced = new LinkedHashSet<>();
    for (Artefact a : matched) referenced.addAll(references(a, references));
    referenced.removeAll(matched);

    ObjectNode data = mapper.createObjectNode();
    boolean any = false;
    StructureMessages.Detail main =
        detail.equals("allstubs")
            ? StructureMessages.Detail.STUB
            : detail.equals("allcompletestubs")
                ? StructureMessages.Detail.COMPLETE_STUB
                : StructureMessages.Detail.FULL;
    StructureMessages.Detail ref =
        switch (detail) {
          case "allstubs", "referencestubs" -> StructureMessages.Detail.STUB;
          case "allcompletestubs", "referencecompletestubs" ->
              StructureMessages.Detail.COMPLETE_STUB;
          default -> StructureMessages.Detail.FULL;
        };
    // referencepartial: the concept scheme referenced keeps only the concepts the structures use
    Set<String> partialConcepts = null;
    if (detail.equals("referencepartial")) {
      partialConcepts = new LinkedHashSet<>();
      for (Artefact a : concat(matched, referenced)) {
        if (a.type().equals("datastructure"))
          partialConcepts.addAll(structures.conceptsOf(dsd(a.id())));
        if (a.type().equals("dataflow"))
          partialConcepts.addAll(
              structures.conceptsOf(structures.dataflow(a.id()).orElseThrow().dsd()));
      }
    }
    for (Artefact a : matched) any |= add(data, m, a, main, items, null);
    if (!any)
      throw Problems.notFound(
          "Structure",
          type
              + "="
              + agency
              + ":"
              + resource
              + "("
              + version
              + ")"
              + (item == null ? "" : "." + item));
    for (Artefact a : referenced)
      add(data, m, a, ref, null, a.type().equals("conceptscheme") ? partialConcepts : null);

    String body = m.json(data);
    Instant modified = lastModified();
    String etag = Validators.etag("structure", body, language);
    Map<String, String> h = Validators.headers(etag, modified);
    if (Validators.notModified(headers, etag, modified)) return new SdmxAnswer(304, null, h, null);
    return m.answer(data, clock.instant(), format.contentType(), h);
  }

  private static List<Artefact> concat(List<Artefact> a, Set<Artefact> b) {
    List<Artefact> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The structures change with a release of the gateway, or when the events name a new gate. */
  Instant lastModified() {
    Instant gates =
        jdbc.one("select max(first_seen) as t from sdmx_code", rs -> Jdbc.instant(rs, "t"));
    Instant s = started == null ? clock.instant() : started;
    return gates != null && gates.isAfter(s) ? gates : s;
  }

  /** The artefacts of the given type, agencies, ids and versions. */
  List<Artefact> match(String type, String agency, String resource, String version) {
    List<String> agencies =
        DataQuery.ids(
            "agencyID",
            agency,
            Pattern.compile("\\*|[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*"));
    List<String> ids =
        DataQuery.ids("resourceID", resource, Pattern.compile("\\*|[A-Za-z0-9_@$\\-]+"));
    VersionQuery v;
    try {
      v = VersionQuery.parse(version == null ? "~" : version);
    } catch (IllegalArgumentException e) {
      throw QueryParams.bad("version", e.getMessage(), version);
    }
    List<Artefact> out = new ArrayList<>();
    if (!(agencies.contains("*") || agencies.contains(Sdmx.AGENCY)) || !v.matches(Sdmx.VERSION))
      return out;
    for (Artefact a : all())
      if ((type.equals("*") || type.equals(a.type()))
          && (ids.contains("*") || ids.contains(a.id()))) out.add(a);
    return out;
  }

  List<Artefact> all() {
    List<Artefact> out = new ArrayList<>();
    structures.dataflows().forEach(f -> out.add(new Artefact("dataflow", f.id())));
    structures.dsds().forEach(d -> out.add(new Artefact("datastructure", d.id())));
    structures.codelists().forEach(c -> out.add(new Artefact("codelist", c.id())));
    out.add(new Artefact("conceptscheme", Sdmx.CONCEPT_SCHEME));
    return out;
  }

  /** What an artefact references (children) and what references it (parents). */
  private Set<Artefact> children(Artefact a) {
    Set<Artefact> out = new LinkedHashSet<>();
    switch (a.type()) {
      case "dataflow" ->
          out.add(
              new Artefact("datastructure", structures.dataflow(a.id()).orElseThrow().dsd().id()));
      case "datastructure" -> {
        structures.codelistsOf(dsd(a.id())).forEach(c -> out.add(new Artefact("codelist", c)));
        out.add(new Artefact("conceptscheme", Sdmx.CONCEPT_SCHEME));
      }
      default -> {}
    }
    return out;
  }

  private Set<Artefact> parents(Artefact a) {
    Set<Artefact> out = new LinkedHashSet<>();
    switch (a.type()) {
      case "datastructure" ->
          structures.dataflows().stream()
              .filter(f -> f.dsd().id().equals(a.id()))
              .forEach(f -> out.add(new Artefact("dataflow", f.id())));
      case "codelist", "conceptscheme" ->
          structures.dsds().stream()
              .filter(
                  d ->
                      a.type().equals("conceptscheme")
                          || structures.codelistsOf(d).contains(a.id()))
              .forEach(d -> out.add(new Artefact("datastructure", d.id())));
      default -> {}
    }
    return out;
  }

  private Set<Artefact> references(Artefact a, List<String> kinds) {
    Set<Artefact> out = new LinkedHashSet<>();
    for (String k : kinds) {
      switch (k) {
        case "none" -> {}
        case "parents" -> out.addAll(parents(a));
        case "parentsandsiblings" -> {
          for (Artefact p : parents(a)) {
            out.add(p);
            out.addAll(children(p));
          }
        }
        case "children" -> out.addAll(children(a));
        case "ancestors" -> out.addAll(closure(a, true));
        case "descendants" -> out.addAll(closure(a, false));
        case "all" -> {
          out.addAll(references(a, List.of("parentsandsiblings", "descendants")));
        }
        default -> {
          Set<Artefact> related = new LinkedHashSet<>(closure(a, true));
          related.addAll(closure(a, false));
          related.stream().filter(r -> r.type().equals(k)).forEach(out::add);
        }
      }
    }
    return out;
  }

  private Set<Artefact> closure(Artefact a, boolean up) {
    Set<Artefact> out = new LinkedHashSet<>();
    List<Artefact> todo = new ArrayList<>(List.of(a));
    while (!todo.isEmpty()) {
      Artefact x = todo.remove(0);
      for (Artefact n : up ? parents(x) : children(x)) if (out.add(n)) todo.add(n);
    }
    return out;
  }

  private Dsd dsd(String id) {
    return structures.dsds().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  /** Adds an artefact to its array in the message; false when an item query matches none of it. */
  private boolean add(
      ObjectNode data,
      StructureMessages m,
      Artefact a,
      StructureMessages.Detail detail,
      List<String> items,
      Set<String> partial) {
    switch (a.type()) {
      case "dataflow" -> {
        if (items != null) return false;
        StructureMessages.array(data, "dataflows")
            .add(m.dataflow(structures.dataflow(a.id()).orElseThrow(), detail));
      }
      case "datastructure" -> {
        if (items != null) return false;
        StructureMessages.array(data, "dataStructures").add(m.dataStructure(dsd(a.id()), detail));
      }
      case "codelist" -> {
        Codelist c = structures.codelist(a.id());
        Set<String> only = items == null ? null : new LinkedHashSet<>(items);
        if (only != null && c.codes().stream().noneMatch(x -> only.contains(x.id()))) return false;
        StructureMessages.array(data, "codelists").add(m.codelist(c, detail, only));
      }
      case "conceptscheme" -> {
        Set<String> only = items == null ? partial : new LinkedHashSet<>(items);
        if (items != null && structures.concepts().stream().noneMatch(x -> only.contains(x.id())))
          return false;
        StructureMessages.array(data, "conceptSchemes")
            .add(m.conceptScheme(structures.concepts(), detail, only));
      }
      default -> {
        return false;
      }
    }
    return true;
  }
}
