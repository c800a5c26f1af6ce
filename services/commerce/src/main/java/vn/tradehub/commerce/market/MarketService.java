package vn.tradehub.commerce.market;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.tradehub.commerce.geo.Inexpressible;
import vn.tradehub.commerce.geo.Territories;
import vn.tradehub.commerce.geo.UnitView;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Level;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.security.Caller;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/** Markets (chợ) and their management model: a code list whose codes the client chooses. */
@ApplicationScoped
public class MarketService implements CodeList<MarketRequest, MarketResponse> {
  static final AggregateType<Market, MarketResponse> TYPE =
      AggregateType.of("Market", "Market", Market.class, MarketResponse::of, m -> m.version);

  /** Stricter than the platform's codes: a letter first and at least two characters. */
  static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_-]{1,39}$");

  /** A market lies in a commune; before 2025-07 its district is enough when that is all we know. */
  static final Set<Level> LEVELS = new LinkedHashSet<>(List.of(Level.COMMUNE, Level.DISTRICT));

  private final Locations locations;
  private final Territories territories;
  private final Aggregates aggregates;
  private final Caller caller;
  private final Clock clock;

  public MarketService(
      Locations locations,
      Territories territories,
      Aggregates aggregates,
      Caller caller,
      Clock clock) {
    this.locations = locations;
    this.territories = territories;
    this.aggregates = aggregates;
    this.caller = caller;
    this.clock = clock;
  }

  /**
   * List filters; null means any. {@code units}: the codes of the units lying wholly in the asked
   * territory on {@code asOf}, where a market must lie on that day.
   */
  public record Filter(
      Set<String> units,
      LocalDate asOf,
      Market.MarketClass marketClass,
      Market.ManagementModel managementModel,
      Boolean borderMarket,
      Market.Status status) {}

  /**
   * Creates the market under {@code code}, or replaces it. A change of management model must carry
   * the date it took effect, later than the previous one.
   */
  @Override
  @Transactional
  public Saved<MarketResponse> put(String code, Conditions conditions, MarketRequest request) {
    if (!CODE.matcher(code).matches()) {
      throw Problems.validation(
          "code", "must match " + CODE.pattern() + " (e.g. CHO_MEO_VAC)", code);
    }
    Market existing = aggregates.find(TYPE, code);
    List<Location> history = validate(existing, request);
    return aggregates.put(
        TYPE,
        code,
        conditions,
        existing,
        () -> {
          Market m = new Market();
          m.code = code;
          return m;
        },
        m -> apply(m, request, history),
        this::touch);
  }

  @Override
  public MarketResponse get(String code) {
    return aggregates.get(TYPE, code);
  }

  @Override
  public Long version(MarketResponse entry) {
    return entry.version();
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(TYPE, code, code);
  }

  /** Markets matching the filter in code order, after {@code after} (null for the first page). */
  @Transactional
  public List<MarketResponse> page(Filter f, String after, int limit) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    where(q, p, f);
    if (after != null) {
      q.append(" and code > :after");
      p.put("after", after);
    }
    return Market.<Market>find(q + " order by code", p).page(0, limit).stream()
        .map(MarketResponse::of)
        .toList();
  }

  /**
   * The territory a list or summary asks for, as the codes of the units lying wholly in it on
   * {@code asOf}; 422 naming {@code field} when the units of that day cannot express it exactly.
   */
  public Set<String> unitsWithin(String field, String territory, LocalDate asOf) {
    AdminUnit t = territories.resolve(field, territory, YearMonth.from(asOf));
    try {
      return territories.placesWithin(t, asOf);
    } catch (Inexpressible e) {
      throw Problems.validation(field, e.getMessage(), territory);
    }
  }

  /** Today, Vietnam time: the default asOf. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(Periods.ZONE));
  }

  /** The summary a request asks for: a territory ({@code unit}) or all, placed on asOf. */
  @Transactional
  public MarketSummary summary(boolean includeClosed, String unit, LocalDate asOf) {
    LocalDate day = asOf != null ? asOf : today();
    AdminUnit t =
        unit == null || unit.isBlank()
            ? null
            : territories.resolve("unit", unit, YearMonth.from(day));
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
    Set<String> within = territory == null ? null : territories.placesWithin(territory, asOf);
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
        territory == null ? null : UnitView.of(territory),
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
  private void touch(Market m) {
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

  private static void where(StringBuilder q, Map<String, Object> p, Filter f) {
    if (f.units() != null) {
      q.append(
          " and code in (select m2.code from Market m2 join m2.locations l"
              + " where l.unitCode in :units"
              + " and (l.validFrom is null or l.validFrom <= :asOf)"
              + " and (l.validTo is null or l.validTo >= :asOf))");
      p.put("units", f.units());
      p.put("asOf", f.asOf());
    }
    if (f.marketClass() != null) {
      q.append(" and marketClass = :marketClass");
      p.put("marketClass", f.marketClass());
    }
    if (f.managementModel() != null) {
      q.append(" and managementModel = :model");
      p.put("model", f.managementModel());
    }
    if (f.borderMarket() != null) {
      q.append(" and borderMarket = :border");
      p.put("border", f.borderMarket());
    }
    if (f.status() != null) {
      q.append(" and status = :status");
      p.put("status", f.status());
    }
  }
}
