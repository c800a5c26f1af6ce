package vn.tradehub.bordertrade.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import vn.tradehub.bordertrade.reference.ReferenceDataChanged;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/** Border gates: a code list whose every change drops the reference data that posts check. */
@ApplicationScoped
public class BorderGateService
    extends EntityCodeList<BorderGate, BorderGateRequest, BorderGateResponse> {
  /** Stricter than the platform's codes: a gate code starts with a letter and has no '-'. */
  static final String GATE_CODE = "^[A-Z][A-Z0-9_]{1,39}$";

  private Locations locations;
  private Jdbc jdbc;
  private Event<ReferenceDataChanged> changed;
  private Clock clock;

  BorderGateService() {}

  @Inject
  public BorderGateService(
      Aggregates aggregates,
      Locations locations,
      Jdbc jdbc,
      Event<ReferenceDataChanged> changed,
      Clock clock) {
    // "border-gate" is the name earlier revisions were recorded under.
    super(aggregates, "border-gate", "Border gate", BorderGate.class, "code", g -> g.version);
    this.locations = locations;
    this.jdbc = jdbc;
    this.changed = changed;
    this.clock = clock;
  }

  @Override
  public BorderGateResponse view(BorderGate g) {
    return BorderGateResponse.of(g, locations);
  }

  @Override
  protected Consumer<BorderGate> prepare(
      String code, BorderGateRequest request, BorderGate existing) {
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
    if (existing != null && !Location.same(existing.locations, history)) {
      keepsLinesInPlace(code, history);
    }
    return g -> {
      g.nameVi = request.nameVi();
      g.nameEn = request.nameEn();
      g.kind = request.kind();
      Location.replace(g.locations, history);
      g.pairedGate = request.pairedGate();
      g.pairedCounty = request.pairedCounty();
      g.validFrom = request.validFrom();
      g.validTo = request.validTo();
    };
  }

  @Override
  protected void saved(Saved<BorderGateResponse> saved, BorderGateResponse before) {
    changedIfSo(saved, saved.body().code());
  }

  /**
   * Retiring closes the gate's validity on {@code on} (today when null); its past shipments stay
   * valid and counted. Like any deletion it needs If-Match.
   */
  @Transactional
  public Saved<BorderGateResponse> retire(String code, Conditions conditions, LocalDate on) {
    BorderGate g = aggregates.require(type(), code);
    conditions.checkDelete(g.version);
    LocalDate last = on == null ? LocalDate.now(clock) : on;
    if (last.isBefore(g.validFrom)) {
      throw Problems.validation(
          "on", "a gate cannot be retired before it opened (" + g.validFrom + ")", last);
    }
    Saved<BorderGateResponse> saved =
        aggregates.change(type(), code, conditions, g, "RETIRED", e -> e.validTo = last);
    changedIfSo(saved, code);
    return saved;
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
