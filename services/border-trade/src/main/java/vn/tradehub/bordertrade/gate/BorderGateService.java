package vn.tradehub.bordertrade.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import vn.tradehub.bordertrade.reference.ReferenceDataChanged;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;

@ApplicationScoped
public class BorderGateService {
  static final String AGGREGATE = "border-gate";
  private final Revisions revisions;
  private final Caller caller;
  private final Event<ReferenceDataChanged> changed;

  public BorderGateService(
      Revisions revisions, Caller caller, Event<ReferenceDataChanged> changed) {
    this.revisions = revisions;
    this.caller = caller;
    this.changed = changed;
  }

  @Transactional
  public List<BorderGateResponse> list() {
    return BorderGate.<BorderGate>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
        .map(BorderGateResponse::of)
        .toList();
  }

  @Transactional
  public BorderGateResponse get(String code) {
    return BorderGateResponse.of(find(code));
  }

  @Transactional
  public BorderGateResponse create(@Valid BorderGateRequest request) {
    checkWindow(request);
    if (BorderGate.findById(request.code()) != null) {
      throw Problems.conflict(
          "Border gate " + request.code() + " already exists",
          "/api/v1/border-trade/gates/" + request.code());
    }
    BorderGate g = new BorderGate();
    g.code = request.code();
    apply(g, request);
    g.persistAndFlush();
    BorderGateResponse after = BorderGateResponse.of(g);
    revisions.record(AGGREGATE, g.code, g.version, "CREATED", caller.name(), null, after);
    changed.fire(new ReferenceDataChanged("border gate " + g.code));
    return after;
  }

  @Transactional
  public BorderGateResponse update(String code, String ifMatch, @Valid BorderGateRequest request) {
    BorderGate g = find(code);
    Versions.requireMatch(ifMatch, g.version);
    if (!code.equals(request.code())) {
      throw Problems.validation(
          "code", "the code of a gate cannot change; it is " + code, request.code());
    }
    checkWindow(request);
    BorderGateResponse before = BorderGateResponse.of(g);
    apply(g, request);
    g.persistAndFlush();
    BorderGateResponse after = BorderGateResponse.of(g);
    revisions.record(AGGREGATE, g.code, g.version, "AMENDED", caller.name(), before, after);
    changed.fire(new ReferenceDataChanged("border gate " + g.code));
    return after;
  }

  /** Retiring closes the gate's validity; its past shipments stay valid and counted. */
  @Transactional
  public BorderGateResponse retire(String code, String ifMatch, LocalDate on) {
    BorderGate g = find(code);
    Versions.requireMatch(ifMatch, g.version);
    if (on.isBefore(g.validFrom)) {
      throw Problems.validation(
          "on", "a gate cannot be retired before it opened (" + g.validFrom + ")", on);
    }
    BorderGateResponse before = BorderGateResponse.of(g);
    g.validTo = on;
    g.persistAndFlush();
    BorderGateResponse after = BorderGateResponse.of(g);
    revisions.record(AGGREGATE, g.code, g.version, "RETIRED", caller.name(), before, after);
    changed.fire(new ReferenceDataChanged("border gate " + g.code));
    return after;
  }

  BorderGate find(String code) {
    BorderGate g = BorderGate.findById(code);
    if (g == null) throw Problems.notFound("Border gate", code);
    return g;
  }

  private static void checkWindow(BorderGateRequest r) {
    if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
      throw Problems.validation(
          "validTo", "must not be before validFrom " + r.validFrom(), r.validTo());
    }
  }

  private static void apply(BorderGate g, BorderGateRequest r) {
    g.nameVi = r.nameVi();
    g.nameEn = r.nameEn();
    g.kind = r.kind();
    g.district = r.district();
    g.pairedGate = r.pairedGate();
    g.pairedCounty = r.pairedCounty();
    g.validFrom = r.validFrom();
    g.validTo = r.validTo();
  }
}
