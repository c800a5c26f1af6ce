package vn.tradehub.commerce.market;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.tradehub.commerce.reference.ReferenceKind;
import vn.tradehub.commerce.reference.ReferenceService;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.problem.FieldError;
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

  private final ReferenceService reference;
  private final Aggregates aggregates;
  private final Caller caller;
  private final Clock clock;

  public MarketService(
      ReferenceService reference, Aggregates aggregates, Caller caller, Clock clock) {
    this.reference = reference;
    this.aggregates = aggregates;
    this.caller = caller;
    this.clock = clock;
  }

  /** List filters; null means any. */
  public record Filter(
      String district,
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
    validate(existing, request);
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
        m -> apply(m, request),
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

  @Transactional
  public MarketSummary summary(boolean includeClosed) {
    List<Market> markets =
        includeClosed ? Market.listAll() : Market.list("status", Market.Status.ACTIVE);
    Map<String, Long> byClass = new TreeMap<>();
    for (Market.MarketClass c : Market.MarketClass.values()) byClass.put(c.name(), 0L);
    Map<String, Long> byModel = new TreeMap<>();
    for (Market.ManagementModel mm : Market.ManagementModel.values()) byModel.put(mm.name(), 0L);
    Map<String, Long> byDistrict = new TreeMap<>();
    long border = 0;
    for (Market m : markets) {
      byClass.merge(m.marketClass.name(), 1L, Long::sum);
      byModel.merge(m.managementModel.name(), 1L, Long::sum);
      byDistrict.merge(m.districtCode, 1L, Long::sum);
      if (m.borderMarket) border++;
    }
    long converted = byModel.get("ENTERPRISE") + byModel.get("COOPERATIVE");
    BigDecimal share =
        markets.isEmpty()
            ? null
            : BigDecimal.valueOf(converted * 100)
                .divide(BigDecimal.valueOf(markets.size()), 2, RoundingMode.HALF_UP);
    return new MarketSummary(
        includeClosed, markets.size(), border, byClass, byDistrict, byModel, converted, share);
  }

  /** The domain rules; every failing field is reported at once. */
  private void validate(Market existing, MarketRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (!reference.exists(ReferenceKind.DISTRICT, request.districtCode())) {
      errors.add(
          FieldError.of(
              "districtCode",
              "unknown district; see GET /api/v1/commerce/districts",
              request.districtCode()));
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
  }

  private static void apply(Market m, MarketRequest r) {
    m.nameVi = r.nameVi();
    m.nameEn = r.nameEn();
    m.districtCode = r.districtCode();
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

  private static void where(StringBuilder q, Map<String, Object> p, Filter f) {
    if (f.district() != null) {
      q.append(" and districtCode = :district");
      p.put("district", f.district());
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
