package vn.tradehub.gateway.sdmx;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * A data (or availability) query, read and checked: the dataflows it selects, each with its keys,
 * the {@code c} filters and the time-related and packaging parameters of data.md.
 *
 * @param flows the selected dataflows with the keys that apply to each
 * @param filters {@code c[...]} by component
 * @param updatedAfter changes after this instant only (with deletions)
 * @param asOf the data as published at this instant
 * @param includeHistory every vintage instead of the current one
 * @param dimensionAtObservation TIME_PERIOD, AllDimensions or a dimension id
 * @param attributes the attributes to return
 * @param measure whether OBS_VALUE is returned
 * @param partial whether attributes or measures were chosen (the data set's action is then Merge)
 */
public record DataQuery(
    List<Selected> flows,
    Map<String, ComponentFilter> filters,
    Instant updatedAfter,
    Instant asOf,
    boolean includeHistory,
    Integer firstN,
    Integer lastN,
    String dimensionAtObservation,
    Set<String> attributes,
    boolean measure,
    boolean partial,
    long offset,
    Long limit) {

  public static final String ALL_DIMENSIONS = "AllDimensions";
  public static final int MAX_OBSERVATIONS = 1_000_000_000;

  /** A dataflow the query selects and its keys. */
  public record Selected(Dataflow flow, KeyQuery key) {}

  static final Set<String> DATA_PARAMETERS =
      Set.of(
          "c",
          "updatedAfter",
          "firstNObservations",
          "lastNObservations",
          "dimensionAtObservation",
          "attributes",
          "measures",
          "includeHistory",
          "offset",
          "limit",
          "sort",
          "asOf",
          "reportingYearStartDay");

  private static final Pattern ID = Pattern.compile("\\*|[A-Za-z0-9_@$\\-]+");
  private static final Pattern AGENCY =
      Pattern.compile("\\*|[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z][A-Za-z0-9_-]*)*");
  private static final Pattern YEAR_START = Pattern.compile("--\\d{2}-\\d{2}");

  /** The dataflows a context, agencies, ids and versions select (none: the caller answers 404). */
  public static List<Dataflow> select(
      SdmxStructures structures,
      String context,
      String agencies,
      String resources,
      String versions) {
    // enumerated path values are read case-insensitively, as every enum parameter here
    String ctx = context == null ? "*" : context.toLowerCase(java.util.Locale.ROOT);
    if (!Set.of("dataflow", "datastructure", "provisionagreement", "*").contains(ctx))
      throw QueryParams.bad(
          "context", "must be dataflow, datastructure, provisionagreement or *", context);
    List<String> agencyList = ids("agencyID", agencies, AGENCY);
    List<String> idList = ids("resourceID", resources, ID);
    VersionQuery version;
    try {
      version = VersionQuery.parse(versions == null ? "*" : versions);
    } catch (IllegalArgumentException e) {
      throw QueryParams.bad("version", e.getMessage(), versions);
    }
    if (!(agencyList.contains("*") || agencyList.contains(Sdmx.AGENCY))
        || !version.matches(Sdmx.VERSION)) return List.of();
    List<Dataflow> out = new ArrayList<>();
    for (Dataflow f : structures.dataflows()) {
      boolean byFlow =
          (ctx.equals("dataflow") || ctx.equals("*"))
              && (idList.contains("*") || idList.contains(f.id()));
      boolean byDsd =
          (ctx.equals("datastructure") || ctx.equals("*"))
              && (idList.contains("*") || idList.contains(f.dsd().id()));
      if (byFlow || byDsd) out.add(f);
    }
    return out;
  }

  static List<String> ids(String name, String value, Pattern pattern) {
    List<String> out =
        List.of(value == null ? "*" : value).stream()
            .flatMap(v -> List.of(v.split(",", -1)).stream())
            .toList();
    for (String v : out)
      if (!pattern.matcher(v).matches())
        throw QueryParams.bad(name, "is not an SDMX identifier", v);
    return out;
  }

  /** Reads the parameters of a data query over the selected flows. */
  public static DataQuery parse(List<Dataflow> flows, String key, QueryParams p, ZoneId local) {
    if (p.has("sort"))
      throw Negotiation.notImplemented(
          "sort is not supported: series come in key order and observations in time order");
    String yearStart = p.string("reportingYearStartDay");
    if (yearStart != null && !YEAR_START.matcher(yearStart).matches())
      throw QueryParams.bad("reportingYearStartDay", "must be --MM-DD", yearStart);

    // keys: each flow's, by its own dimensions; a key no selected flow can have is refused
    List<Selected> selected = new ArrayList<>();
    IllegalArgumentException keyError = null;
    for (Dataflow f : flows) {
      try {
        selected.add(new Selected(f, KeyQuery.parse(key, f.dsd().dimensions().size())));
      } catch (IllegalArgumentException e) {
        keyError = e;
      }
    }
    if (selected.isEmpty() && keyError != null)
      throw QueryParams.bad("key", keyError.getMessage(), key);

    Map<String, ComponentFilter> filters = new LinkedHashMap<>();
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, String> c : p.filters().entrySet()) {
      String component = c.getKey();
      boolean known = selected.stream().anyMatch(s -> hasComponent(s.flow().dsd(), component));
      if (!known) {
        errors.add(
            FieldError.of(
                "c[" + component + "]", "is not a component of the selected data", c.getValue()));
        continue;
      }
      try {
        ComponentFilter f = ComponentFilter.parse(component, c.getValue());
        if (component.equals(Dsd.TIME_PERIOD))
          f.alternatives().forEach(a -> a.forEach(t -> checkTime(component, t)));
        if (component.equals(Dsd.OBS_VALUE))
          f.alternatives().forEach(a -> a.forEach(QueryParamsChecks::checkNumber));
        filters.put(component, f);
      } catch (IllegalArgumentException e) {
        errors.add(FieldError.of("c[" + component + "]", e.getMessage(), c.getValue()));
      }
    }
    if (!errors.isEmpty()) throw Problems.malformed("Invalid filters", errors);
    // a flow that lacks a filtered component has nothing that matches it
    selected.removeIf(
        s -> filters.keySet().stream().anyMatch(c -> !hasComponent(s.flow().dsd(), c)));

    Instant updatedAfter = p.instant("updatedAfter", local);
    Instant asOf = p.instant("asOf", local);
    if (updatedAfter != null && asOf != null && updatedAfter.isAfter(asOf))
      throw Problems.validation("updatedAfter", "must not be after asOf", p.string("updatedAfter"));
    Boolean history = p.bool("includeHistory");
    Integer firstN = p.integer("firstNObservations", 1, MAX_OBSERVATIONS);
    Integer lastN = p.integer("lastNObservations", 1, MAX_OBSERVATIONS);
    Integer offset = p.integer("offset", 0, MAX_OBSERVATIONS);
    Integer limit = p.integer("limit", 1, MAX_OBSERVATIONS);

    String atObservation = p.string("dimensionAtObservation");
    if (atObservation == null) atObservation = Dsd.TIME_PERIOD;
    else if (!atObservation.equals(ALL_DIMENSIONS) && !atObservation.equals(Dsd.TIME_PERIOD)) {
      String d = atObservation;
      if (flows.stream().anyMatch(f -> f.dsd().position(d) < 0))
        throw QueryParams.bad(
            "dimensionAtObservation",
            "must be TIME_PERIOD, AllDimensions or a dimension of every selected dataflow",
            d);
    }
    Set<String> attributes = attributes(p.list("attributes"));
    boolean measure = measure(p.list("measures"));
    boolean partial = p.has("attributes") || p.has("measures");
    return new DataQuery(
        selected,
        filters,
        updatedAfter,
        asOf,
        history != null && history,
        firstN,
        lastN,
        atObservation,
        attributes,
        measure,
        partial,
        offset == null ? 0 : offset,
        limit == null ? null : limit.longValue());
  }

  static boolean hasComponent(Dsd dsd, String component) {
    return dsd.position(component) >= 0
        || component.equals(Dsd.OBS_VALUE)
        || Dsd.ATTRIBUTES.stream().anyMatch(a -> a.id().equals(component));
  }

  private static void checkTime(String component, ComponentFilter.Term t) {
    if (Set.of("co", "nc", "sw", "ew").contains(t.op())) return;
    if (TimePeriods.range(t.value()) == null)
      throw new IllegalArgumentException(
          "'" + t.value() + "' is not a time period (2020, 2020-S1, 2020-Q3, 2020-12, 2020-12-31)");
  }

  /** The attributes the {@code attributes} parameter asks for (default dsd: all of them). */
  static Set<String> attributes(List<String> tokens) {
    Set<String> out = new LinkedHashSet<>();
    if (tokens == null) tokens = List.of("dsd");
    for (String t : tokens) {
      switch (t) {
        case "dsd", "all" -> Dsd.ATTRIBUTES.forEach(a -> out.add(a.id()));
        case "msd", "dataset", "none" -> {}
        case "series" ->
            Dsd.ATTRIBUTES.stream()
                .filter(a -> a.attachment() == Dsd.Attachment.SERIES)
                .forEach(a -> out.add(a.id()));
        case "obs" ->
            Dsd.ATTRIBUTES.stream()
                .filter(a -> a.attachment() == Dsd.Attachment.OBSERVATION)
                .forEach(a -> out.add(a.id()));
        default -> {
          if (Dsd.ATTRIBUTES.stream().noneMatch(a -> a.id().equals(t)))
            throw QueryParams.bad(
                "attributes",
                "must be dsd, msd, dataset, series, obs, all, none or attribute ids (UNIT_MEASURE,"
                    + " UNIT_MULT, OBS_STATUS)",
                t);
          out.add(t);
        }
      }
    }
    // in the order of the structure
    Set<String> ordered = new LinkedHashSet<>();
    Dsd.ATTRIBUTES.forEach(
        a -> {
          if (out.contains(a.id())) ordered.add(a.id());
        });
    return ordered;
  }

  static boolean measure(List<String> tokens) {
    if (tokens == null) return true;
    boolean any = false;
    for (String t : tokens) {
      switch (t) {
        case "all", Dsd.OBS_VALUE -> any = true;
        case "none" -> {}
        default -> throw QueryParams.bad("measures", "must be all, none or OBS_VALUE", t);
      }
    }
    return any;
  }

  /** Packaging: the series are the flow's dimensions except the one at observation level. */
  public boolean timeSeries() {
    return dimensionAtObservation.equals(Dsd.TIME_PERIOD);
  }

  public boolean flat() {
    return dimensionAtObservation.equals(ALL_DIMENSIONS);
  }

  /** Whether observations are grouped in several data sets (history or changes with deletions). */
  public boolean changes() {
    return includeHistory || updatedAfter != null;
  }

  /** Small checks kept apart so the record's parser reads straight. */
  static final class QueryParamsChecks {
    private QueryParamsChecks() {}

    static void checkNumber(ComponentFilter.Term t) {
      if (Set.of("co", "nc", "sw", "ew").contains(t.op())) return;
      try {
        new java.math.BigDecimal(t.value());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + t.value() + "' is not a number");
      }
    }
  }
}
