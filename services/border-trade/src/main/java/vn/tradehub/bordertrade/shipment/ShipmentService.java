package vn.tradehub.bordertrade.shipment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tradehub.bordertrade.hs.HsNomenclature;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.bordertrade.turnover.TurnoverRollups;
import vn.tradehub.contracts.Topics;
import vn.tradehub.contracts.bordertrade.ShipmentAmended;
import vn.tradehub.contracts.bordertrade.ShipmentCancelled;
import vn.tradehub.contracts.bordertrade.ShipmentRecorded;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.outbox.Outbox;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * Shipment lines: record (one or a batch), amend, cancel. Each change writes the line, the turnover
 * rollup, the revision and the outbox event in one transaction. A creation's revision is the row
 * itself: it is written as a revision row only when the line first changes (one row less per post,
 * ten thousand less per sheet), and read from the row until then.
 */
@ApplicationScoped
public class ShipmentService {
  static final String AGGREGATE = "shipment";
  static final String RECORDED = "RECORDED";

  /** How a posted line was handled. */
  public enum Outcome {
    CREATED,
    REPLAYED
  }

  public record Posted(ShipmentRow row, Outcome outcome) {}

  public record BatchResult(int created, int replayed, int rejected, List<Posted> lines) {}

  private final ShipmentStore store;
  private final TurnoverRollups rollups;
  private final Outbox outbox;
  private final Revisions revisions;
  private final HsNomenclature hs;
  private final ReferenceData reference;
  private final Validator validator;
  private final Clock clock;

  public ShipmentService(
      ShipmentStore store,
      TurnoverRollups rollups,
      Outbox outbox,
      Revisions revisions,
      HsNomenclature hs,
      ReferenceData reference,
      Validator validator,
      Clock clock) {
    this.store = store;
    this.rollups = rollups;
    this.outbox = outbox;
    this.revisions = revisions;
    this.hs = hs;
    this.reference = reference;
    this.validator = validator;
    this.clock = clock;
  }

  /** Records one line: created, replayed when identical, 409 when the key holds other content. */
  @Transactional
  public Posted record(ShipmentRequest request, Access access) {
    if (request.gateCode() != null && !access.mayAccess(request.gateCode()))
      throw outsideScope(request.gateCode(), null);
    ShipmentRules.Context ctx = context();
    List<FieldError> errors = check(request, ctx);
    if (!errors.isEmpty()) throw Problems.validation(errors);
    BatchResult r = recordAll(List.of(request), access.by(), ctx);
    return r.lines().get(0);
  }

  /**
   * Records a batch all-or-nothing. Rows are numbered from 1; a rejected batch answers with one
   * problem listing every bad row (field errors, and keys that exist with different content).
   */
  @Transactional
  public BatchResult recordBatch(
      List<ShipmentRequest> requests, List<FieldError> parseErrors, Access access) {
    List<FieldError> foreign = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      ShipmentRequest r = requests.get(i);
      if (r != null && r.gateCode() != null && !access.mayAccess(r.gateCode())) {
        foreign.add(
            new FieldError(
                "gateCode",
                "gate " + r.gateCode() + " is outside your scope " + access.gates(),
                r.gateCode(),
                i + 1));
      }
    }
    if (!foreign.isEmpty()) throw outsideScope(null, foreign);
    String by = access.by();
    ShipmentRules.Context ctx = context();
    List<FieldError> errors = new ArrayList<>(parseErrors);
    Set<Integer> rowsWithParseErrors =
        parseErrors.stream().map(FieldError::row).collect(Collectors.toSet());
    Map<String, Integer> firstRowOfKey = new HashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      int row = i + 1;
      ShipmentRequest r = requests.get(i);
      if (r == null || rowsWithParseErrors.contains(row)) continue;
      check(r, ctx).forEach(e -> errors.add(e.atRow(row)));
      String key = r.gateCode() + "/" + r.declarationNumber() + "/" + r.lineNumber();
      Integer first = firstRowOfKey.putIfAbsent(key, row);
      if (first != null) {
        errors.add(
            new FieldError(
                "lineNumber",
                "line " + key + " appears twice in this batch (first at row " + first + ")",
                r.lineNumber(),
                row));
      }
    }
    if (!errors.isEmpty()) throw batchRejected(errors, requests.size());
    return recordAll(requests, by, ctx);
  }

  private BatchResult recordAll(
      List<ShipmentRequest> requests, String by, ShipmentRules.Context ctx) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<ShipmentRow> candidates = new ArrayList<>(requests.size());
    for (ShipmentRequest r : requests) {
      candidates.add(line(UUID.randomUUID(), r, ctx, ShipmentStatus.RECORDED, 0, now, by, now));
    }
    Set<UUID> inserted = store.insertNew(candidates);
    List<ShipmentRow> existingKeys =
        candidates.stream().filter(c -> !inserted.contains(c.id())).toList();
    Map<String, ShipmentRow> existing = store.findByNaturalKeys(existingKeys);

    List<Posted> lines = new ArrayList<>(requests.size());
    List<FieldError> conflicts = new ArrayList<>();
    TurnoverRollups.Deltas deltas = new TurnoverRollups.Deltas();
    List<Outbox.Message> events = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      ShipmentRow c = candidates.get(i);
      if (inserted.contains(c.id())) {
        lines.add(new Posted(c, Outcome.CREATED));
        deltas.add(c);
        events.add(
            new Outbox.Message(
                Topics.BORDER_TRADE_SHIPMENTS,
                c.gateCode(),
                c.id().toString(),
                new ShipmentRecorded(c.toEvent())));
        continue;
      }
      ShipmentRow old = existing.get(c.naturalKey());
      if (old != null && old.sameContentAs(requests.get(i))) {
        lines.add(new Posted(old, Outcome.REPLAYED));
      } else {
        conflicts.add(
            new FieldError(
                "lineNumber",
                "line "
                    + c.naturalKey()
                    + " already exists with different content at /api/v1/border-trade/shipments/"
                    + (old == null ? "?" : old.id())
                    + "; amend it with PUT instead",
                c.lineNumber(),
                i + 1));
      }
    }
    if (!conflicts.isEmpty()) {
      if (requests.size() == 1) {
        ShipmentRow old = existing.get(candidates.get(0).naturalKey());
        throw Problems.conflict(
            "Line "
                + old.naturalKey()
                + " already exists with different content; amend it with PUT and If-Match",
            "/api/v1/border-trade/shipments/" + old.id());
      }
      throw batchRejected(conflicts, requests.size());
    }
    rollups.apply(deltas);
    outbox.publishAll(events);
    int created = (int) lines.stream().filter(p -> p.outcome() == Outcome.CREATED).count();
    return new BatchResult(created, lines.size() - created, 0, lines);
  }

  /**
   * Amends a line: new content, same natural key. A change needs If-Match; a request equal to the
   * line changes nothing (no revision, no event) and answers the line as it is.
   */
  @Transactional
  public Saved<ShipmentResponse> amend(
      UUID id, Conditions conditions, ShipmentRequest request, Access access) {
    String by = access.by();
    ShipmentRow old = store.find(id, true).orElseThrow(() -> Problems.notFound("Shipment", id));
    if (!access.mayAccess(old.gateCode())) throw outsideScope(old.gateCode(), null);
    if (old.status() == ShipmentStatus.CANCELLED) {
      throw Problems.conflict("Shipment " + id + " is cancelled and cannot be amended", null);
    }
    ShipmentRules.Context ctx = context();
    List<FieldError> errors = new ArrayList<>(check(request, ctx));
    if (request.gateCode() != null && !old.gateCode().equals(request.gateCode())) {
      errors.add(
          FieldError.of(
              "gateCode",
              "the gate of a line cannot change (it is " + old.gateCode() + ")",
              request.gateCode()));
    }
    if (request.declarationNumber() != null
        && !old.declarationNumber().equals(request.declarationNumber())) {
      errors.add(
          FieldError.of(
              "declarationNumber",
              "cannot change (it is " + old.declarationNumber() + ")",
              request.declarationNumber()));
    }
    if (request.lineNumber() != null && old.lineNumber() != request.lineNumber()) {
      errors.add(
          FieldError.of(
              "lineNumber",
              "cannot change (it is " + old.lineNumber() + ")",
              request.lineNumber()));
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    boolean changes = !old.sameContentAs(request);
    conditions.checkReplace("Shipment " + id, old.version(), changes);
    if (!changes) return Saved.unchanged(ShipmentResponse.of(old, access), old.version());
    // The request's key is the line's (checked above): only its content and state change.
    ShipmentRow updated =
        line(
            old.id(),
            request,
            ctx,
            ShipmentStatus.AMENDED,
            old.version() + 1,
            old.recordedAt(),
            old.recordedBy(),
            OffsetDateTime.now(clock));
    write(
        old,
        updated,
        "AMENDED",
        by,
        new ShipmentAmended(old.toEvent(), updated.toEvent()),
        new TurnoverRollups.Deltas().remove(old).add(updated));
    return Saved.updated(ShipmentResponse.of(updated, access), updated.version());
  }

  /** The line a valid request describes, converted to USD and placed in its gate's commune. */
  private static ShipmentRow line(
      UUID id,
      ShipmentRequest r,
      ShipmentRules.Context ctx,
      ShipmentStatus status,
      long version,
      OffsetDateTime recordedAt,
      String recordedBy,
      OffsetDateTime updatedAt) {
    RateTable.Conversion conv = ShipmentRules.convert(r, ctx);
    return new ShipmentRow(
        id,
        r.gateCode(),
        ShipmentRules.unitOf(r, ctx),
        r.declarationNumber(),
        r.lineNumber(),
        r.declaredOn(),
        r.flow(),
        r.tradeForm(),
        r.hsCode(),
        r.description(),
        r.quantity(),
        r.unit(),
        r.netWeightKg(),
        r.value().amount(),
        r.value().currency(),
        r.partnerCountry(),
        r.transportMode(),
        conv.valueUsd(),
        conv.unitsPerUsd(),
        conv.source(),
        status,
        version,
        recordedAt,
        recordedBy,
        updatedAt);
  }

  /** Cancels a line: it leaves every total but stays readable. Requires If-Match. */
  @Transactional
  public Saved<ShipmentResponse> cancel(UUID id, Conditions conditions, Access access) {
    String by = access.by();
    ShipmentRow old = store.find(id, true).orElseThrow(() -> Problems.notFound("Shipment", id));
    if (!access.mayAccess(old.gateCode())) throw outsideScope(old.gateCode(), null);
    conditions.checkDelete(old.version());
    if (old.status() == ShipmentStatus.CANCELLED) {
      throw Problems.conflict("Shipment " + id + " is already cancelled", null);
    }
    ShipmentRow cancelled = old.next(ShipmentStatus.CANCELLED, OffsetDateTime.now(clock));
    write(
        old,
        cancelled,
        "CANCELLED",
        by,
        new ShipmentCancelled(cancelled.toEvent()),
        new TurnoverRollups.Deltas().remove(old));
    return Saved.updated(ShipmentResponse.of(cancelled, access), cancelled.version());
  }

  private void write(
      ShipmentRow old,
      ShipmentRow updated,
      String change,
      String by,
      Object event,
      TurnoverRollups.Deltas deltas) {
    if (!store.update(updated, old.version())) {
      throw new ProblemException(
          Problems.of(
              412,
              "/problems/precondition-failed",
              "Precondition failed",
              "Shipment " + old.id() + " was changed concurrently"));
    }
    rollups.apply(deltas);
    outbox.publish(
        Topics.BORDER_TRADE_SHIPMENTS, updated.gateCode(), updated.id().toString(), event);
    if (old.version() == 0) // the creation, kept in the row until now, becomes a revision row
    revisions.recordCreationIfMissing(
          AGGREGATE,
          old.id().toString(),
          0,
          RECORDED,
          old.recordedBy(),
          old.recordedAt(),
          ShipmentResponse.of(old));
    revisions.record(
        AGGREGATE,
        updated.id().toString(),
        updated.version(),
        change,
        by,
        ShipmentResponse.of(old),
        ShipmentResponse.of(updated));
  }

  @Transactional
  public ShipmentRow get(UUID id, Access access) {
    // Another gate's line is reported as absent, not as forbidden: its existence is not revealed.
    return store
        .find(id, false)
        .filter(s -> access.mayAccess(s.gateCode()))
        .orElseThrow(() -> Problems.notFound("Shipment", id));
  }

  /** Every revision of a visible line; readers see what changed, not who changed it. */
  @Transactional
  public List<Revision> revisions(UUID id, Access access) {
    ShipmentRow row = get(id, access);
    List<Revision> all = revisions.list(AGGREGATE, id.toString());
    if (row.version() == 0 && all.isEmpty()) // never changed: its creation is the row itself
    all =
          List.of(
              revisions.creation(
                  0, RECORDED, row.recordedAt(), row.recordedBy(), ShipmentResponse.of(row)));
    return access.seesAuthors() ? all : all.stream().map(Aggregates::anonymous).toList();
  }

  /**
   * The filter narrowed to the caller's gates. A gate-scoped caller asking for another gate's lines
   * is answered 404, as for a single line.
   */
  public ShipmentStore.Filter scoped(ShipmentStore.Filter f, Access access) {
    if (!access.gateScoped()) return f;
    java.util.Set<String> gates = f.gates() == null ? access.gates() : f.gates();
    for (String g : gates) {
      if (!access.gates().contains(g))
        throw Problems.notFound("Border gate", g + " (within your scope)");
    }
    return new ShipmentStore.Filter(
        gates, f.flow(), f.tradeForm(), f.hsPrefix(), f.partner(), f.from(), f.to(), f.status());
  }

  private static ProblemException outsideScope(String gate, List<FieldError> errors) {
    return new ProblemException(
        new Problem(
            "/problems/forbidden",
            "Forbidden",
            403,
            gate != null
                ? "Gate " + gate + " is outside your scope"
                : "Some lines belong to gates outside your scope; nothing was stored",
            null,
            null,
            errors));
  }

  /**
   * One page of a (scoped) selection in (declaredOn, id) order, after the key {@code after} (null
   * on the first page), as {@code access} may see it.
   */
  @Transactional
  public List<ShipmentResponse> page(
      ShipmentStore.Filter filter, String[] after, int limit, Access access) {
    LocalDate afterDate = after == null ? null : LocalDate.parse(after[0]);
    UUID afterId = after == null ? null : UUID.fromString(after[1]);
    return store.page(filter, afterDate, afterId, limit).stream()
        .map(r -> ShipmentResponse.of(r, access))
        .toList();
  }

  /**
   * Every problem of a line: the rules, and the bounds its fields declare (Bean Validation) where
   * no rule has already named the field, so one answer lists each bad field once. Batch rows come
   * through here too and get their row number like every other row error.
   */
  private List<FieldError> check(ShipmentRequest request, ShipmentRules.Context ctx) {
    List<FieldError> errors = new ArrayList<>(ShipmentRules.check(request, ctx));
    Set<String> named = errors.stream().map(FieldError::field).collect(Collectors.toSet());
    validator.validate(request).stream()
        .map(
            v ->
                FieldError.of(
                    v.getPropertyPath().toString(), v.getMessage(), shown(v.getInvalidValue())))
        .sorted(
            java.util.Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
        .filter(e -> named.add(e.field()))
        .forEach(errors::add);
    return errors;
  }

  /** A rejected value as it is echoed back: long strings are cut, as the platform's mapper does. */
  private static Object shown(Object value) {
    if (value == null || value instanceof Number) return value;
    String s = value.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private ShipmentRules.Context context() {
    ReferenceData.Snapshot ref = reference.snapshot();
    return new ShipmentRules.Context(ref.gates(), hs, ref.rates(), LocalDate.now(clock));
  }

  private static ProblemException batchRejected(List<FieldError> errors, int rows) {
    long badRows = errors.stream().map(FieldError::row).distinct().count();
    List<FieldError> sorted = new ArrayList<>(errors);
    sorted.sort(
        java.util.Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row())
            .thenComparing(FieldError::field));
    return new ProblemException(
        new Problem(
            "/problems/batch-rejected",
            "Batch rejected",
            422,
            badRows
                + " of "
                + rows
                + " rows are invalid; nothing was stored. Every problem is listed in `errors` with its row.",
            null,
            null,
            sorted));
  }
}
