package vn.tradehub.gateway.plans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/** Yearly plans: the Department's targets for the indicators. */
@ApplicationScoped
public class PlanService {
  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;

  private final Jdbc jdbc;

  public PlanService(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public PlanResponse get(int year) {
    checkYear(year);
    record Row(PlanTarget target, Instant at, String by) {}
    List<Row> rows =
        jdbc.query(
            "select indicator_code, kind, value, unit, updated_at, updated_by from plan_target where year = ? order by indicator_code",
            rs ->
                new Row(
                    new PlanTarget(
                        IndicatorCode.valueOf(rs.getString(1)),
                        TargetKind.valueOf(rs.getString(2)),
                        strip(rs.getBigDecimal(3)),
                        rs.getString(4)),
                    Jdbc.instant(rs, "updated_at"),
                    rs.getString(6)),
            year);
    return new PlanResponse(
        year,
        rows.stream().map(Row::target).toList(),
        rows.stream().map(Row::at).max(Instant::compareTo).orElse(null),
        rows.isEmpty() ? null : rows.get(0).by());
  }

  /** The targets of a year, by indicator (for the indicators computation). */
  public Map<IndicatorCode, PlanTarget> targets(int year) {
    Map<IndicatorCode, PlanTarget> out = new TreeMap<>();
    get(year).targets().forEach(t -> out.put(t.indicatorCode(), t));
    return out;
  }

  /** Replaces the year's plan whole. */
  @Transactional
  public PlanResponse put(int year, @Valid PlanRequest request, String by) {
    checkYear(year);
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
    jdbc.update("delete from plan_target where year = ?", year);
    for (PlanTarget t : request.targets()) {
      jdbc.update(
          "insert into plan_target (year, indicator_code, kind, value, unit, updated_by) values (?, ?, ?, ?, ?, ?)",
          year,
          t.indicatorCode().name(),
          t.kind().name(),
          t.value(),
          t.unit(),
          by);
    }
    return get(year);
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
