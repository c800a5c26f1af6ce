package vn.tradehub.gateway.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/** Yearly plans: the Department's targets for the indicators. */
@ApplicationScoped
public class PlanService {
  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;

  static final AggregateType<Plan, PlanResponse> TYPE =
      AggregateType.of("Plan", "Plan", Plan.class, PlanResponse::of, p -> p.version);

  private final Aggregates aggregates;
  private final Caller caller;
  private final Clock clock;
  private final Locations locations;

  public PlanService(Aggregates aggregates, Caller caller, Clock clock, Locations locations) {
    this.aggregates = aggregates;
    this.caller = caller;
    this.clock = clock;
    this.locations = locations;
  }

  /** The territory a plan is for: the unit the parameter names at the end of the year. */
  public AdminUnit territory(String territory, int year) {
    checkYear(year);
    return locations.territory("territory", territory, LocalDate.of(year, 12, 31));
  }

  @Transactional
  public PlanResponse get(String territory, int year) {
    AdminUnit unit = territory(territory, year);
    return aggregates.get(TYPE, new Plan.Key(unit.ref().toString(), year));
  }

  /** Plans by territory then year, after the key {@code after}. */
  @Transactional
  public List<PlanResponse> page(String[] after, int limit) {
    return Plan.<Plan>find(
            "?1 is null or territory > ?1 or (territory = ?1 and year > ?2) order by territory, year",
            after == null ? null : after[0],
            after == null ? 0 : Integer.parseInt(after[1]))
        .page(0, limit)
        .stream()
        .map(PlanResponse::of)
        .toList();
  }

  /** The targets of a territory's year (for the indicators computation); none without a plan. */
  @Transactional
  public Map<IndicatorCode, PlanTarget> targets(AdminUnit territory, int year) {
    Map<IndicatorCode, PlanTarget> out = new TreeMap<>();
    Plan p = aggregates.find(TYPE, new Plan.Key(territory.ref().toString(), year));
    if (p != null) p.targets.forEach(t -> out.put(t.indicatorCode, t.view()));
    return out;
  }

  /** Sets a territory's plan for the year whole. */
  @Transactional
  public Saved<PlanResponse> put(
      String territory, int year, Conditions conditions, @Valid PlanRequest request) {
    AdminUnit unit = territory(territory, year);
    if (unit.level() != Level.PROVINCE)
      throw Problems.validation("territory", "plans are set for a province", territory);
    validate(request);
    String pinned = unit.ref().toString();
    Plan.Key key = new Plan.Key(pinned, year);
    return aggregates.put(
        TYPE,
        pinned + "/" + year,
        conditions,
        aggregates.find(TYPE, key),
        () -> {
          Plan p = new Plan();
          p.territory = pinned;
          p.year = year;
          return p;
        },
        p -> {
          p.targets.clear();
          request.targets().stream()
              .sorted(Comparator.comparing(t -> t.indicatorCode().name()))
              .map(Plan.Target::of)
              .forEach(p.targets::add);
        },
        p -> {
          p.updatedAt = OffsetDateTime.now(clock);
          p.updatedBy = caller.name();
        });
  }

  @Transactional
  public List<Revision> revisions(String territory, int year) {
    AdminUnit unit = territory(territory, year);
    String pinned = unit.ref().toString();
    return aggregates.revisions(TYPE, new Plan.Key(pinned, year), pinned + "/" + year);
  }

  private static void validate(PlanRequest request) {
    List<FieldError> errors = new ArrayList<>();
    EnumSet<IndicatorCode> seen = EnumSet.noneOf(IndicatorCode.class);
    for (int i = 0; i < request.targets().size(); i++) {
      PlanTarget t = request.targets().get(i);
      String at = "targets[" + i + "]";
      if (!seen.add(t.indicatorCode()))
        errors.add(
            FieldError.of(
                at + ".indicatorCode", "appears more than once", t.indicatorCode().name()));
      if (t.kind() == TargetKind.GROWTH_PCT && !"%".equals(t.unit()))
        errors.add(FieldError.of(at + ".unit", "a GROWTH_PCT target is in %", t.unit()));
      if (t.kind() == TargetKind.ABSOLUTE && !t.indicatorCode().unit.equals(t.unit()))
        errors.add(
            FieldError.of(
                at + ".unit",
                "an ABSOLUTE target of " + t.indicatorCode() + " is in " + t.indicatorCode().unit,
                t.unit()));
      if (t.kind() == TargetKind.ABSOLUTE && t.value().signum() < 0)
        errors.add(
            FieldError.of(at + ".value", "an ABSOLUTE target must not be negative", t.value()));
      if (t.value().abs().compareTo(new BigDecimal("1e15")) >= 0 || t.value().scale() > 4)
        errors.add(
            FieldError.of(
                at + ".value",
                "at most 15 digits before and 4 after the decimal point",
                t.value()));
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR)
      throw Problems.validation("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR, year);
  }

  static BigDecimal strip(BigDecimal v) {
    if (v == null) return null;
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
