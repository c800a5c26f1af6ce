package vn.tradehub.industry.iip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.product.Product;
import vn.tradehub.industry.report.ProductionFacts;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.industry.vsic.VsicService;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * IIP weights by base year. The weights used for a period default to the latest base year before
 * the period's year (as the statistics office switches to a new base year's weights from the
 * following year on), else the earliest base year there is.
 */
@ApplicationScoped
public class BaseYearService {
  static final AggregateType<BaseYear, BaseYearResponse> TYPE =
      AggregateType.of(
          "IipBaseYear", "IIP base year", BaseYear.class, BaseYearResponse::of, b -> b.version);
  private final VsicService vsic;
  private final Aggregates aggregates;
  private final IndicatorService indicators;
  private final ProductionFacts facts;
  private final Clock clock;

  public BaseYearService(
      VsicService vsic,
      Aggregates aggregates,
      IndicatorService indicators,
      ProductionFacts facts,
      Clock clock) {
    this.vsic = vsic;
    this.aggregates = aggregates;
    this.indicators = indicators;
    this.facts = facts;
    this.clock = clock;
  }

  /** Weights ready for the calculator, with the base-year average monthly quantities. */
  public record Loaded(
      IipCalculator.Weights weights, Map<String, BigDecimal> averageMonthlyQuantity) {}

  @Transactional
  public List<Integer> years() {
    return BaseYear.<BaseYear>find("order by year").list().stream().map(b -> b.year).toList();
  }

  @Transactional
  public BaseYearResponse get(int year) {
    return aggregates.get(TYPE, year);
  }

  /** Base years after {@code after}, ascending. */
  @Transactional
  public List<BaseYearResponse> page(String after, int limit) {
    return BaseYear.<BaseYear>find(
            "?1 is null or year > ?1 order by year", after == null ? null : Integer.valueOf(after))
        .page(0, limit)
        .stream()
        .map(BaseYearResponse::of)
        .toList();
  }

  /** The base year a period uses when none is asked for; empty when no weights exist. */
  @Transactional
  public Optional<Integer> defaultFor(int periodYear) {
    List<Integer> years = years();
    Integer best = null;
    for (int y : years) if (y < periodYear) best = y;
    if (best == null && !years.isEmpty()) best = years.get(0);
    return Optional.ofNullable(best);
  }

  @Transactional
  public Optional<Loaded> load(int periodYear, Integer requested) {
    Integer year = requested != null ? requested : defaultFor(periodYear).orElse(null);
    if (year == null) return Optional.empty();
    BaseYear b = BaseYear.findById(year);
    if (b == null) {
      throw Problems.validation("baseYear", "no IIP weights for this base year", requested);
    }
    Map<String, VsicNode> tree = vsic.all();
    Map<String, BigDecimal> productWeight = new HashMap<>();
    Map<String, String> productClass = new HashMap<>();
    Map<String, BigDecimal> avg = new HashMap<>();
    // One query for the weighted products' classes, not one per product (bench/ iip-scale).
    Map<String, String> classes = new HashMap<>();
    Product.<Product>list(
            "code in ?1", b.products.stream().map(p -> p.productCode).distinct().toList())
        .forEach(p -> classes.put(p.code, p.vsicClass));
    for (BaseYear.ProductWeight p : b.products) {
      productWeight.put(p.productCode, p.outputValueVnd);
      productClass.put(p.productCode, classes.get(p.productCode));
      avg.put(p.productCode, p.averageMonthlyQuantity);
    }
    Map<String, BigDecimal> va = new HashMap<>();
    b.valueAdded.forEach(v -> va.put(v.vsicCode, v.valueAddedVnd));
    Map<String, String> parent = new HashMap<>();
    tree.values().forEach(n -> parent.put(n.code, n.parentCode));
    return Optional.of(
        new Loaded(new IipCalculator.Weights(year, productWeight, productClass, va, parent), avg));
  }

  @Transactional
  public Saved<BaseYearResponse> put(
      int year, Conditions conditions, @Valid BaseYearRequest request) {
    if (year < BaseYear.MIN_YEAR || year > YearMonth.now(clock).getYear()) {
      throw Problems.validation("year", "a base year is between 1990 and the current year", year);
    }
    validate(request);
    Saved<BaseYearResponse> saved =
        aggregates.put(
            TYPE,
            Integer.toString(year),
            conditions,
            aggregates.find(TYPE, year),
            () -> {
              BaseYear b = new BaseYear();
              b.year = year;
              return b;
            },
            b -> {
              b.products = new ArrayList<>();
              for (BaseYearRequest.Product p : request.products()) {
                BaseYear.ProductWeight w = new BaseYear.ProductWeight();
                w.productCode = p.productCode();
                w.outputValueVnd = p.outputValueVnd();
                w.averageMonthlyQuantity = p.averageMonthlyQuantity();
                b.products.add(w);
              }
              b.valueAdded = new ArrayList<>();
              for (BaseYearRequest.ValueAdded v : request.valueAdded()) {
                BaseYear.ValueAdded w = new BaseYear.ValueAdded();
                w.vsicCode = v.vsicCode();
                w.valueAddedVnd = v.valueAddedVnd();
                b.valueAdded.add(w);
              }
            },
            b -> b.updatedAt = OffsetDateTime.now(clock));
    if (saved.outcome() == Saved.Outcome.UNCHANGED) return saved;
    // Every period whose default weights are these is recomputed and republished.
    Set<YearMonth> affected = new TreeSet<>();
    for (YearMonth p : facts.periodsWithData(null)) {
      if (defaultFor(p.getYear()).orElse(-1) == year) affected.add(p);
    }
    indicators.recompute(affected);
    return saved;
  }

  /** The revisions of a base year's weights, oldest first. */
  @Transactional
  public List<Revision> revisions(int year) {
    return aggregates.revisions(TYPE, year, Integer.toString(year));
  }

  /** Every weight positive and known, and every class, division and section of them weighted. */
  private static void validate(BaseYearRequest request) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> classes = new TreeSet<>();
    for (int i = 0; i < request.products().size(); i++) {
      BaseYearRequest.Product p = request.products().get(i);
      String at = "products[" + i + "]";
      Product product = Product.findById(p.productCode());
      if (product == null)
        errors.add(FieldError.of(at + ".productCode", "unknown product", p.productCode()));
      else classes.add(product.vsicClass);
      if (!seen.add(p.productCode()))
        errors.add(FieldError.of(at + ".productCode", "listed twice", p.productCode()));
      if (p.outputValueVnd().signum() <= 0)
        errors.add(FieldError.of(at + ".outputValueVnd", "must be positive", p.outputValueVnd()));
      if (p.averageMonthlyQuantity().signum() <= 0) {
        errors.add(
            FieldError.of(
                at + ".averageMonthlyQuantity", "must be positive", p.averageMonthlyQuantity()));
      }
    }
    Map<String, BigDecimal> va = new HashMap<>();
    for (int i = 0; i < request.valueAdded().size(); i++) {
      BaseYearRequest.ValueAdded v = request.valueAdded().get(i);
      String at = "valueAdded[" + i + "]";
      VsicNode node = VsicNode.findById(v.vsicCode());
      if (node == null)
        errors.add(FieldError.of(at + ".vsicCode", "unknown VSIC code", v.vsicCode()));
      if (va.put(v.vsicCode(), v.valueAddedVnd()) != null)
        errors.add(FieldError.of(at + ".vsicCode", "listed twice", v.vsicCode()));
      if (v.valueAddedVnd().signum() <= 0)
        errors.add(FieldError.of(at + ".valueAddedVnd", "must be positive", v.valueAddedVnd()));
    }
    // Each level is a weighted mean of the one below: every node on the way up needs its weight.
    Set<String> needed = new TreeSet<>();
    for (String c : classes) {
      needed.add(c);
      VsicNode cls = VsicNode.findById(c);
      if (cls != null && cls.parentCode != null) {
        needed.add(cls.parentCode);
        VsicNode div = VsicNode.findById(cls.parentCode);
        if (div != null && div.parentCode != null) needed.add(div.parentCode);
      }
    }
    for (String code : needed) {
      if (!va.containsKey(code)) {
        VsicLevel level = VsicLevel.ofCode(code);
        errors.add(
            FieldError.of(
                "valueAdded",
                "missing the base-year value added of "
                    + (level == null ? "" : level.name().toLowerCase() + " ")
                    + code,
                code));
      }
    }
    if (!errors.isEmpty()) throw Problems.validation(errors);
  }
}
