package vn.tradehub.commerce.market;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.tradehub.commerce.geo.Inexpressible;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.geo.UnitRef;
import vn.tradehub.platform.geo.WithinParams;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.security.Caller;

/** Markets (chợ) and their management model: a code list whose codes the client chooses. */
@ApplicationScoped
public class MarketService extends EntityCodeList<Market, MarketRequest, MarketResponse> {
  /** Stricter than the platform's codes: a letter first and at least two characters. */
  static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_-]{1,39}$");

  /** A market lies in a commune; before 2025-07 its district is enough when that is all we know. */
  static final Set<Level> LEVELS = new LinkedHashSet<>(List.of(Level.COMMUNE, Level.DISTRICT));

  private Locations locations;
  private Caller caller;
  private Clock clock;

  MarketService() {}

  @Inject
  public MarketService(Locations locations, Aggregates aggregates, Caller caller, Clock clock) {
    super(aggregates, "Market", "Market", Market.class, "code", m -> m.version);
    this.locations = locations;
    this.caller = caller;
    this.clock = clock;
  }

  @Override
  public MarketResponse view(Market m) {
    return MarketResponse.of(m, locations);
  }

  /** A change of management model must carry the date it took effect, after the previous one. */
  @Override
  protected Consumer<Market> prepare(String code, MarketRequest request, Market existing) {
    if (!CODE.matcher(code).matches()) {
      throw Problems.validation(
          "code", "must match " + CODE.pattern() + " (e.g. CHO_MEO_VAC)", code);
    }
    List<Location> history = validate(existing, request);
    return m -> apply(m, request, history);
  }

  /** The summary a request asks for: a territory ({@code unit}) or all, placed on asOf. */
  @Transactional
  public MarketSummary summary(boolean includeClosed, WithinParams within) {
    LocalDate day = within.day(clock);
    String unit = within.unit();
    AdminUnit t = unit == null ? null : locations.territory("unit", unit, day);
    try {
      return summary(includeClosed, t, day);
    } catch (Inexpressible e) {
      throw Problems.validation("unit", e.getMessage(), unit);
    }
  }

  /**
   * Counts of the markets (active only unless {@code includeClosed}) that lie in {@code territory}
   * on {@code asOf} (every market when null), by class, model and the unit they lie in then.
   *
   * @throws Inexpressible when the units of {@code asOf} cannot express the territory
   */
  @Transactional
  public MarketSummary summary(boolean includeClosed, AdminUnit territory, LocalDate asOf) {
    Set<String> within =
        territory == null
            ? null
            : locations
                .within(territory, asOf)
                .orElseThrow(
                    () ->
                        new Inexpressible(
                            locations.geography().compose(territory, asOf).explain()));
    List<Market> markets =
        (includeClosed
                ? Market.<Market>listAll()
                : Market.<Market>list("status", Market.Status.ACTIVE))
            .stream()
                .filter(
                    m ->
                        within == null
                            || Locations.at(m.locations, asOf).filter(within::contains).isPresent())
                .toList();
    Map<String, Long> byClass = new TreeMap<>();
    for (Market.MarketClass c : Market.MarketClass.values()) byClass.put(c.name(), 0L);
    Map<String, Long> byModel = new TreeMap<>();
    for (Market.ManagementModel mm : Market.ManagementModel.values()) byModel.put(mm.name(), 0L);
    Map<String, Long> byUnit = new TreeMap<>();
    long border = 0;
    for (Market m : markets) {
      byClass.merge(m.marketClass.name(), 1L, Long::sum);
      byModel.merge(m.managementModel.name(), 1L, Long::sum);
      Locations.at(m.locations, asOf).ifPresent(u -> byUnit.merge(u, 1L, Long::sum));
      if (m.borderMarket) border++;
    }
    long converted = byModel.get("ENTERPRISE") + byModel.get("COOPERATIVE");
    BigDecimal share =
        markets.isEmpty()
            ? null
            : BigDecimal.valueOf(converted * 100)
                .divide(BigDecimal.valueOf(markets.size()), 2, RoundingMode.HALF_UP);
    return new MarketSummary(
        includeClosed,
        territory == null ? null : UnitRef.of(territory),
        markets.size(),
        border,
        byClass,
        asOf,
        byUnit,
        byModel,
        converted,
        share);
  }

  /** The domain rules; every failing field is reported at once. */
  private List<Location> validate(Market existing, MarketRequest request) {
    List<FieldError> errors = new ArrayList<>();
    List<Location> history = List.of();
    try {
      // Each period in a unit valid throughout it: a district can only be a period that ends by
      // 2025-06-30, when the districts did.
      history = locations.check("locations", request.locations(), LEVELS);
    } catch (ProblemException e) {
      if (e.errors().isEmpty()) throw e;
      errors.addAll(e.errors());
    }
    LocalDate since = request.managementModelSince();
    if (since != null && since.isAfter(LocalDate.now(clock))) {
      errors.add(
          FieldError.of("managementModelSince", "must not be in the future", since.toString()));
    }
    if (existing != null && request.managementModel() != existing.managementModel) {
      // A change of model is dated: the date of the last change is what the Department tracks.
      if (since == null || since.equals(existing.managementModelSince)) {
        errors.add(
            FieldError.of(
                "managementModelSince",
                "the management model changes: give the date the new model took effect",
                since));
      } else if (existing.managementModelSince != null
          && !since.isAfter(existing.managementModelSince)) {
        errors.add(
            FieldError.of(
                "managementModelSince",
                "must be after the previous change (" + existing.managementModelSince + ")",
                since.toString()));
      }
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    return history;
  }

  private static void apply(Market m, MarketRequest r, List<Location> history) {
    m.nameVi = r.nameVi();
    m.nameEn = r.nameEn();
    if (!sameHistory(m.locations, history)) {
      m.locations.clear();
      m.locations.addAll(history);
    }
    m.marketClass = r.marketClass();
    m.borderMarket = r.borderMarket();
    m.managementModel = r.managementModel();
    m.managementModelSince = r.managementModelSince();
    m.status = r.status();
  }

  /** Who changed the market and when: only when it really changes (an equal PUT is a no-op). */
  @Override
  protected void touch(Market m) {
    m.updatedBy = caller.name();
    m.updatedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  private static boolean sameHistory(List<Location> a, List<Location> b) {
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
}
