package vn.tradehub.bordertrade.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tradehub.bordertrade.reference.ReferenceDataChanged;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/** Border gates: a code list whose every change drops the reference data that posts check. */
@ApplicationScoped
public class BorderGateService implements CodeList<BorderGateRequest, BorderGateResponse> {
  /** Stricter than the platform's codes: a gate code starts with a letter and has no '-'. */
  static final String GATE_CODE = "^[A-Z][A-Z0-9_]{1,39}$";

  // "border-gate" is the name earlier revisions were recorded under.
  static final AggregateType<BorderGate, BorderGateResponse> TYPE =
      AggregateType.of(
          "border-gate", "Border gate", BorderGate.class, BorderGateResponse::of, g -> g.version);

  private final Aggregates aggregates;
  private final Event<ReferenceDataChanged> changed;
  private final Clock clock;

  public BorderGateService(
      Aggregates aggregates, Event<ReferenceDataChanged> changed, Clock clock) {
    this.aggregates = aggregates;
    this.changed = changed;
    this.clock = clock;
  }

  @Transactional
  public List<BorderGateResponse> page(String after, int limit) {
    return BorderGate.<BorderGate>find("?1 is null or code > ?1 order by code", after)
        .page(0, limit)
        .stream()
        .map(BorderGateResponse::of)
        .toList();
  }

  @Override
  public BorderGateResponse get(String code) {
    return aggregates.get(TYPE, code);
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
    Saved<BorderGateResponse> saved =
        aggregates.put(
            TYPE,
            code,
            conditions,
            aggregates.find(TYPE, code),
            () -> {
              BorderGate g = new BorderGate();
              g.code = code;
              return g;
            },
            g -> {
              g.nameVi = request.nameVi();
              g.nameEn = request.nameEn();
              g.kind = request.kind();
              g.district = request.district();
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
    BorderGate g = aggregates.require(TYPE, code);
    conditions.checkDelete(g.version);
    LocalDate last = on == null ? LocalDate.now(clock) : on;
    if (last.isBefore(g.validFrom)) {
      throw Problems.validation(
          "on", "a gate cannot be retired before it opened (" + g.validFrom + ")", last);
    }
    Saved<BorderGateResponse> saved =
        aggregates.change(TYPE, code, conditions, g, "RETIRED", e -> e.validTo = last);
    changedIfSo(saved, code);
    return saved;
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(TYPE, code, code);
  }

  /** Posts check gates through a cache: a change drops it when this transaction commits. */
  private void changedIfSo(Saved<?> saved, String code) {
    if (saved.outcome() != Saved.Outcome.UNCHANGED)
      changed.fire(new ReferenceDataChanged("border gate " + code));
  }
}
