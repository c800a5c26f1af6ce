package vn.tradehub.bordertrade.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tradehub.bordertrade.reference.ReferenceDataChanged;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Geography;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/** Border gates: a code list whose every change drops the reference data that posts check. */
@ApplicationScoped
public class BorderGateService implements CodeList<BorderGateRequest, BorderGateResponse> {
  /** Stricter than the platform's codes: a gate code starts with a letter and has no '-'. */
  static final String GATE_CODE = "^[A-Z][A-Z0-9_]{1,39}$";

  private final AggregateType<BorderGate, BorderGateResponse> type;
  private final Aggregates aggregates;
  private final Locations locations;
  private final Jdbc jdbc;
  private final Event<ReferenceDataChanged> changed;
  private final Clock clock;

  public BorderGateService(
      Aggregates aggregates,
      Locations locations,
      Jdbc jdbc,
      Event<ReferenceDataChanged> changed,
      Clock clock) {
    this.aggregates = aggregates;
    this.locations = locations;
    this.jdbc = jdbc;
    this.changed = changed;
    this.clock = clock;
    // "border-gate" is the name earlier revisions were recorded under.
    this.type =
        AggregateType.of(
            "border-gate",
            "Border gate",
            BorderGate.class,
            g -> BorderGateResponse.of(g, locations),
            g -> g.version);
  }

  /** Where gates are asked for: a unit (any level) on a day; null for every gate. */
  public record Within(AdminUnit unit, LocalDate asOf) {}

  /**
   * The unit a list is narrowed to, checked on its day ({@code asOf}, default today): 422 naming
   * the units of that day when the code names none then (a district after the reform).
   */
  public Within within(String unitCode, LocalDate asOf) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    if (unitCode == null) return null;
    Geography geography = locations.geography();
    return geography
        .unit(unitCode, day)
        .map(u -> new Within(u, day))
        .orElseThrow(
            () -> {
              List<AdminUnit> versions = geography.versions(unitCode);
              Level level = versions.isEmpty() ? Level.COMMUNE : versions.get(0).level();
              return Problems.validation(
                  "unit", geography.check(unitCode, level, day).problem(), unitCode);
            });
  }

  /** A page of gates in code order; with {@code within}, those located in it on its day. */
  @Transactional
  public List<BorderGateResponse> page(Within within, String after, int limit) {
    if (within == null) {
      return BorderGate.<BorderGate>find("?1 is null or code > ?1 order by code", after)
          .page(0, limit)
          .stream()
          .map(type.view())
          .toList();
    }
    List<String> communes =
        locations.geography().lowestUnits(within.unit().code(), within.asOf()).stream()
            .map(AdminUnit::code)
            .toList();
    return BorderGate.<BorderGate>find(
            "select distinct g from BorderGate g join g.locations l where (?1 is null or g.code > ?1)"
                + " and l.unitCode in ?2 and (l.validFrom is null or l.validFrom <= ?3)"
                + " and (l.validTo is null or l.validTo >= ?3) order by g.code",
            after,
            communes,
            within.asOf())
        .page(0, limit)
        .stream()
        .map(type.view())
        .toList();
  }

  @Override
  public BorderGateResponse get(String code) {
    return aggregates.get(type, code);
  }

  @Override
  public Long version(BorderGateResponse entry) {
    return entry.version();
  }

  @Override
  @Transactional
  public Saved<BorderGateResponse> put(
      String code, Conditions conditions, BorderGateRequest request) {
    if (!code.matches(GATE_CODE)) {
      throw Problems.validation(
          "code", "upper-case letters, digits and _ (2 to 40), starting with a letter", code);
    }
    if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
      throw Problems.validation(
          "validTo", "must not be before validFrom " + request.validFrom(), request.validTo());
    }
    List<Location> history =
        locations.check("locations", request.locations(), Set.of(Level.COMMUNE));
    BorderGate existing = aggregates.find(type, code);
    if (existing != null && !same(existing.history(), history)) keepsLinesInPlace(code, history);
    Saved<BorderGateResponse> saved =
        aggregates.put(
            type,
            code,
            conditions,
            existing,
            () -> {
              BorderGate g = new BorderGate();
              g.code = code;
              return g;
            },
            g -> {
              g.nameVi = request.nameVi();
              g.nameEn = request.nameEn();
              g.kind = request.kind();
              // Replaced only when it differs: an equal request must change nothing.
              if (!same(g.history(), history)) {
                g.locations.clear();
                g.locations.addAll(history);
              }
              g.pairedGate = request.pairedGate();
              g.pairedCounty = request.pairedCounty();
              g.validFrom = request.validFrom();
              g.validTo = request.validTo();
            });
    changedIfSo(saved, code);
    return saved;
  }

  /**
   * Retiring closes the gate's validity on {@code on} (today when null); its past shipments stay
   * valid and counted. Like any deletion it needs If-Match.
   */
  @Transactional
  public Saved<BorderGateResponse> retire(String code, Conditions conditions, LocalDate on) {
    BorderGate g = aggregates.require(type, code);
    conditions.checkDelete(g.version);
    LocalDate last = on == null ? LocalDate.now(clock) : on;
    if (last.isBefore(g.validFrom)) {
      throw Problems.validation(
          "on", "a gate cannot be retired before it opened (" + g.validFrom + ")", last);
    }
    Saved<BorderGateResponse> saved =
        aggregates.change(type, code, conditions, g, "RETIRED", e -> e.validTo = last);
    changedIfSo(saved, code);
    return saved;
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(type, code, code);
  }

  private static boolean same(List<Location> a, List<Location> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      Location x = a.get(i);
      Location y = b.get(i);
      if (!Objects.equals(x.unitCode, y.unitCode)
          || !Objects.equals(x.validFrom, y.validFrom)
          || !Objects.equals(x.validTo, y.validTo)) return false;
    }
    return true;
  }

  /**
   * A location change may not move recorded lines: each line was placed (and published, and summed
   * in territories) in the commune of its gate on its date. A change that would place any of them
   * elsewhere, or nowhere, is refused with what it would move; periods without lines (the days
   * after the reform, before the gate's new commune is given) may be set freely.
   */
  private void keepsLinesInPlace(String code, List<Location> history) {
    // Text arrays (the driver binds String[] directly), cast to dates in SQL.
    String[] units = history.stream().map(l -> l.unitCode).toArray(String[]::new);
    String[] from =
        history.stream().map(l -> Objects.toString(l.validFrom, null)).toArray(String[]::new);
    String[] to =
        history.stream().map(l -> Objects.toString(l.validTo, null)).toArray(String[]::new);
    record Moved(long lines, LocalDate first, LocalDate last, String units) {}
    Moved moved =
        jdbc.one(
            "select count(*), min(declared_on), max(declared_on), string_agg(distinct unit_code, ', ')"
                + " from shipment s where gate_code = ? and unit_code is distinct from ("
                + " select l.u from unnest(?::text[], ?::text[]::date[], ?::text[]::date[]) as l(u, f, t)"
                + " where (l.f is null or s.declared_on >= l.f) and (l.t is null or s.declared_on <= l.t)"
                + " limit 1)",
            rs ->
                new Moved(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4)),
            code,
            units,
            from,
            to);
    if (moved != null && moved.lines() > 0) {
      throw Problems.validation(
          "locations",
          moved.lines()
              + " shipment lines of this gate declared "
              + moved.first()
              + " to "
              + moved.last()
              + " are placed in "
              + moved.units()
              + " and would move; a location change may not move recorded lines (cancel and"
              + " record them again after the change)",
          code);
    }
  }

  /** Posts check gates through a cache: a change drops it when this transaction commits. */
  private void changedIfSo(Saved<?> saved, String code) {
    if (saved.outcome() != Saved.Outcome.UNCHANGED)
      changed.fire(new ReferenceDataChanged("border gate " + code));
  }
}
