package vn.tradehub.commerce.market;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.tradehub.commerce.reference.ReferenceKind;
import vn.tradehub.commerce.reference.ReferenceService;
import vn.tradehub.platform.concurrency.Versions;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.web.Cursors;

/** Markets (chợ) and their management model. */
@ApplicationScoped
public class MarketService {
  static final String AGGREGATE = "Market";
  private final ReferenceService reference;
  private final Revisions revisions;
  private final Clock clock = Clock.systemUTC();

  public MarketService(ReferenceService reference, Revisions revisions) {
    this.reference = reference;
    this.revisions = revisions;
  }

  /** List filters; null means any. */
  public record Filter(
      String district,
      Market.MarketClass marketClass,
      Market.ManagementModel managementModel,
      Boolean borderMarket,
      Market.Status status) {}

  public record MarketPage(List<MarketResponse> items, String nextCursor) {}

  @Transactional
  public MarketResponse create(@Valid @NotNull MarketRequest request, String by) {
    List<FieldError> errors = new ArrayList<>();
    checkDistrict(request.districtCode(), errors);
    checkSince(request.managementModelSince(), errors);
    if (!errors.isEmpty()) throw Problems.validation(errors);
    if (Market.findById(request.code()) != null) {
      throw Problems.conflict(
          "Market " + request.code() + " exists; change it with PUT and If-Match",
          "/api/v1/commerce/markets/" + request.code());
    }
    Market m = new Market();
    m.code = request.code();
    m.nameVi = request.nameVi();
    m.nameEn = request.nameEn();
    m.districtCode = request.districtCode();
    m.marketClass = request.marketClass();
    m.borderMarket = request.borderMarket();
    m.managementModel = request.managementModel();
    m.managementModelSince = request.managementModelSince();
    m.status = request.status() == null ? Market.Status.ACTIVE : request.status();
    m.updatedBy = by;
    m.updatedAt = now();
    m.persistAndFlush();
    MarketResponse after = MarketResponse.of(m);
    revisions.record(AGGREGATE, m.code, m.version, "CREATED", by, null, after);
    return after;
  }

  @Transactional
  public MarketResponse update(
      String code, String ifMatch, @Valid @NotNull MarketUpdate request, String by) {
    Market m = find(code);
    Versions.requireMatch(ifMatch, m.version);
    List<FieldError> errors = new ArrayList<>();
    checkDistrict(request.districtCode(), errors);
    checkSince(request.managementModelSince(), errors);
    if (request.managementModel() != m.managementModel) {
      // A change of model is dated: the date of the last change is what the Department tracks.
      if (request.managementModelSince() == null
          || request.managementModelSince().equals(m.managementModelSince)) {
        errors.add(
            FieldError.of(
                "managementModelSince",
                "the management model changes: give the date the new model took effect",
                request.managementModelSince()));
      } else if (m.managementModelSince != null
          && !request.managementModelSince().isAfter(m.managementModelSince)) {
        errors.add(
            FieldError.of(
                "managementModelSince",
                "must be after the previous change (" + m.managementModelSince + ")",
                request.managementModelSince().toString()));
      }
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
    MarketResponse before = MarketResponse.of(m);
    m.nameVi = request.nameVi();
    m.nameEn = request.nameEn();
    m.districtCode = request.districtCode();
    m.marketClass = request.marketClass();
    m.borderMarket = request.borderMarket();
    m.managementModel = request.managementModel();
    m.managementModelSince = request.managementModelSince();
    m.status = request.status();
    m.updatedBy = by;
    m.updatedAt = now();
    m.persistAndFlush();
    MarketResponse after = MarketResponse.of(m);
    revisions.record(AGGREGATE, m.code, m.version, "AMENDED", by, before, after);
    return after;
  }

  @Transactional
  public MarketResponse get(String code) {
    return MarketResponse.of(find(code));
  }

  @Transactional
  public List<Revision> revisions(String code) {
    find(code);
    return revisions.list(AGGREGATE, code);
  }

  /** Markets ordered by code, one keyset page after the cursor. */
  @Transactional
  public MarketPage list(Filter f, int limit, String after) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    where(q, p, f);
    if (after != null && !after.isBlank()) {
      q.append(" and code > :after");
      p.put("after", Cursors.decode(after, 1)[0]);
    }
    // range() is inclusive: one row more than the page tells whether there is a next page.
    List<Market> rows = Market.<Market>find(q + " order by code", p).range(0, limit).list();
    String next = null;
    if (rows.size() > limit) {
      rows = rows.subList(0, limit);
      next = Cursors.encode(rows.get(limit - 1).code);
    }
    return new MarketPage(rows.stream().map(MarketResponse::of).toList(), next);
  }

  /** Every market matching the filter, for CSV. */
  @Transactional
  public List<MarketResponse> all(Filter f) {
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    where(q, p, f);
    return Market.<Market>list(q + " order by code", p).stream().map(MarketResponse::of).toList();
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

  private Market find(String code) {
    Market m = Market.findById(code);
    if (m == null) throw Problems.notFound("Market", code);
    return m;
  }

  private void checkDistrict(String districtCode, List<FieldError> errors) {
    if (!reference.exists(ReferenceKind.DISTRICT, districtCode)) {
      errors.add(
          FieldError.of(
              "districtCode",
              "unknown district; see GET /api/v1/commerce/districts",
              districtCode));
    }
  }

  private void checkSince(LocalDate since, List<FieldError> errors) {
    if (since != null && since.isAfter(LocalDate.now(clock.withZone(Periods.ZONE)))) {
      errors.add(
          FieldError.of("managementModelSince", "must not be in the future", since.toString()));
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
