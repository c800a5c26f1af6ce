package vn.tradehub.industry.iip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.geography.Level;
import vn.tradehub.geography.Share;
import vn.tradehub.geography.Succession;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.product.Product;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.industry.vsic.VsicService;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.geo.UnitRef;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * IIP weights by province and base year.
 *
 * <p>A province has its own weights for the base years in which it existed. A province formed after
 * a base year (the merged Tuyên Quang, from 2025-07-01) has, for that year, the weights of the
 * provinces it was formed from combined, when each of them is a whole predecessor and has weights
 * of that year: product output values and average monthly quantities summed by product, value added
 * summed by VSIC class, division and section. The combined weights are derived on every read, never
 * stored, so they follow any correction of the former provinces' weights.
 *
 * <p>The weights used for a period default to the province's latest base year before the period's
 * year (the statistics office switches to a new base year's weights from the following year on),
 * else its earliest base year.
 */
@ApplicationScoped
public class BaseYearService {
  private final AggregateType<BaseYear, BaseYearResponse> type;
  private final VsicService vsic;
  private final Aggregates aggregates;
  private final IndicatorService indicators;
  private final Territories territories;
  private final Clock clock;

  public BaseYearService(
      VsicService vsic,
      Aggregates aggregates,
      IndicatorService indicators,
      Territories territories,
      Clock clock) {
    this.vsic = vsic;
    this.aggregates = aggregates;
    this.indicators = indicators;
    this.territories = territories;
    this.clock = clock;
    this.type =
        AggregateType.of(
            "IipBaseYear", "IIP base year", BaseYear.class, this::view, b -> b.version);
  }

  /**
   * Weights ready for the calculator, with the base-year average monthly quantities.
   *
   * @param territory the province whose weights these are
   * @param combinedFrom the provinces combined; empty for the province's own
   * @param sources the stored base years used ({@code ref/year}), one or several
   */
  public record Loaded(
      IipCalculator.Weights weights,
      Map<String, BigDecimal> averageMonthlyQuantity,
      String territory,
      List<String> combinedFrom,
      Set<String> sources) {}

  /** The province a base-year key names: a bare code means the province at the year's end. */
  public AdminUnit province(String territoryParam, int year) {
    AdminUnit unit = territories.resolve(territoryParam, LocalDate.of(year, 12, 31));
    if (unit.level() != Level.PROVINCE) {
      throw Problems.validation(
          "territory",
          "IIP weights are a province's: "
              + unit.level().word()
              + " "
              + unit.label()
              + " is not a province",
          territoryParam);
    }
    return unit;
  }

  /** Own or combined weights of a province's base year, or 404. */
  @Transactional
  public BaseYearResponse get(String territoryParam, int year) {
    AdminUnit p = province(territoryParam, year);
    return weights(p, year)
        .orElseThrow(() -> Problems.notFound("IIP base year", p.ref() + "/" + year));
  }

  /**
   * Base years after {@code after} (territory, year), by territory then year: every province's own
   * ones and the combined ones of the provinces formed from them; with a territory, only that
   * province's (its own and its combined ones; a bare code names the province of today).
   */
  @Transactional
  public List<BaseYearResponse> page(String territoryParam, String[] after, int limit) {
    List<String[]> keys = new ArrayList<>();
    Set<AdminUnit> provinces = new LinkedHashSet<>();
    if (territoryParam != null) {
      provinces.add(province(territoryParam, LocalDate.now(clock).getYear()));
    } else {
      for (String ref : storedTerritories()) {
        AdminUnit p = unitOf(ref);
        provinces.add(p);
        for (Succession s : territories.geography().successors(p))
          if (s.successor().level() == Level.PROVINCE) provinces.add(s.successor());
      }
    }
    for (AdminUnit p : provinces)
      for (int y : available(p)) keys.add(new String[] {p.ref().toString(), Integer.toString(y)});
    keys.sort(Comparator.comparing((String[] k) -> k[0]).thenComparing(k -> k[1]));
    List<BaseYearResponse> out = new ArrayList<>();
    for (String[] k : keys) {
      if (after != null
          && (k[0].compareTo(after[0]) < 0
              || (k[0].equals(after[0]) && k[1].compareTo(after[1]) <= 0))) continue;
      if (out.size() == limit) break;
      weights(unitOf(k[0]), Integer.parseInt(k[1])).ifPresent(out::add);
    }
    return out;
  }

  /** The base years a province has weights for: its own and the combinable ones, ascending. */
  public List<Integer> available(AdminUnit province) {
    Set<Integer> years = new TreeSet<>(ownYears(province.ref().toString()));
    List<AdminUnit> from = combinable(province);
    if (!from.isEmpty()) {
      Set<Integer> common = null;
      for (AdminUnit p : from) {
        Set<Integer> ys = new HashSet<>(available(p));
        if (common == null) common = ys;
        else common.retainAll(ys);
      }
      for (int y : common) if (!existedIn(province, y)) years.add(y);
    }
    return List.copyOf(years);
  }

  /** The base year a period uses when none is asked for. */
  public Optional<Integer> defaultFor(AdminUnit province, int periodYear) {
    List<Integer> years = available(province);
    Integer best = null;
    for (int y : years) if (y < periodYear) best = y;
    if (best == null && !years.isEmpty()) best = years.get(0);
    return Optional.ofNullable(best);
  }

  /**
   * The weights a period of the province uses: the requested base year, or the default one; empty
   * when the province has none at all.
   */
  @Transactional
  public Optional<Loaded> load(AdminUnit province, int periodYear, Integer requested) {
    Integer year = requested != null ? requested : defaultFor(province, periodYear).orElse(null);
    if (year == null) return Optional.empty();
    if (!available(province).contains(year)) {
      throw Problems.validation(
          "baseYear",
          "no IIP weights of " + province.label() + " (" + province.validity() + ") for " + year,
          requested);
    }
    Map<String, VsicNode> tree = vsic.all();
    Map<String, String> parent = new HashMap<>();
    tree.values().forEach(n -> parent.put(n.code, n.parentCode));
    Combined c = combined(province, year);
    Map<String, String> productClass = new HashMap<>();
    if (!c.productWeight.isEmpty()) {
      Product.<Product>list("code in ?1", List.copyOf(c.productWeight.keySet()))
          .forEach(p -> productClass.put(p.code, p.vsicClass));
    }
    return Optional.of(
        new Loaded(
            new IipCalculator.Weights(year, c.productWeight, productClass, c.valueAdded, parent),
            c.average,
            province.ref().toString(),
            c.combinedFrom,
            c.sources));
  }

  /** The stored base years a period's default weights of the province are made of. */
  public Set<String> sourcesFor(AdminUnit province, int periodYear) {
    Optional<Integer> year = defaultFor(province, periodYear);
    if (year.isEmpty()) return Set.of();
    return combined(province, year.get()).sources;
  }

  @Transactional
  public Saved<BaseYearResponse> put(
      String territoryParam, int year, Conditions conditions, @Valid BaseYearRequest request) {
    if (year < BaseYear.MIN_YEAR || year > YearMonth.now(clock).getYear()) {
      throw Problems.validation("year", "a base year is between 1990 and the current year", year);
    }
    AdminUnit p = province(territoryParam, year);
    if (!existedIn(p, year)) {
      List<AdminUnit> from = combinable(p);
      throw Problems.validation(
          "territory",
          p.level().word()
              + " "
              + p.label()
              + " ("
              + p.validity()
              + ") did not exist in "
              + year
              + (from.isEmpty()
                  ? ""
                  : ": its "
                      + year
                      + " weights are those of "
                      + labels(from)
                      + " combined; set those"),
          territoryParam);
    }
    validate(request);
    String ref = p.ref().toString();
    BaseYear.Key key = new BaseYear.Key(ref, year);
    Saved<BaseYearResponse> saved =
        aggregates.put(
            type,
            key.toString(),
            conditions,
            aggregates.find(type, key),
            () -> {
              BaseYear b = new BaseYear();
              b.territory = ref;
              b.year = year;
              return b;
            },
            b -> {
              b.products = new ArrayList<>();
              for (BaseYearRequest.Product q : request.products()) {
                BaseYear.ProductWeight w = new BaseYear.ProductWeight();
                w.productCode = q.productCode();
                w.outputValueVnd = q.outputValueVnd();
                w.averageMonthlyQuantity = q.averageMonthlyQuantity();
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
    if (saved.outcome() != Saved.Outcome.UNCHANGED) {
      // Every month whose weights (own or combined) include these is recomputed and republished.
      indicators.recomputeUsing(key.toString());
    }
    return saved;
  }

  /** The revisions of a province's own weights of a base year, oldest first. */
  @Transactional
  public List<Revision> revisions(String territoryParam, int year) {
    AdminUnit p = province(territoryParam, year);
    BaseYear.Key key = new BaseYear.Key(p.ref().toString(), year);
    return aggregates.revisions(type, key, key.toString());
  }

  // --- weights and their combination ---

  private record Combined(
      Map<String, BigDecimal> productWeight,
      Map<String, BigDecimal> average,
      Map<String, BigDecimal> valueAdded,
      List<String> combinedFrom,
      Set<String> sources,
      long version,
      OffsetDateTime updatedAt) {}

  /** The province's own weights of the year, else its predecessors' combined. */
  private Combined combined(AdminUnit province, int year) {
    String ref = province.ref().toString();
    BaseYear own = BaseYear.findById(new BaseYear.Key(ref, year));
    if (own != null) {
      Map<String, BigDecimal> w = new TreeMap<>();
      Map<String, BigDecimal> avg = new TreeMap<>();
      Map<String, BigDecimal> va = new TreeMap<>();
      own.products.forEach(
          p -> {
            w.put(p.productCode, p.outputValueVnd);
            avg.put(p.productCode, p.averageMonthlyQuantity);
          });
      own.valueAdded.forEach(v -> va.put(v.vsicCode, v.valueAddedVnd));
      return new Combined(
          w, avg, va, List.of(), Set.of(ref + "/" + year), own.version, own.updatedAt);
    }
    Map<String, BigDecimal> w = new TreeMap<>();
    Map<String, BigDecimal> avg = new TreeMap<>();
    Map<String, BigDecimal> va = new TreeMap<>();
    List<String> from = new ArrayList<>();
    Set<String> sources = new TreeSet<>();
    long version = 0;
    OffsetDateTime updated = null;
    for (AdminUnit p : combinable(province)) {
      Combined c = combined(p, year);
      c.productWeight.forEach((k, v) -> w.merge(k, v, BigDecimal::add));
      c.average.forEach((k, v) -> avg.merge(k, v, BigDecimal::add));
      c.valueAdded.forEach((k, v) -> va.merge(k, v, BigDecimal::add));
      from.add(p.ref().toString());
      sources.addAll(c.sources);
      version += c.version;
      if (c.updatedAt != null && (updated == null || c.updatedAt.isAfter(updated)))
        updated = c.updatedAt;
    }
    return new Combined(w, avg, va, List.copyOf(from), Set.copyOf(sources), version, updated);
  }

  private Optional<BaseYearResponse> weights(AdminUnit province, int year) {
    if (!available(province).contains(year)) return Optional.empty();
    Combined c = combined(province, year);
    return Optional.of(
        new BaseYearResponse(
            UnitRef.of(province),
            year,
            c.version,
            c.updatedAt,
            c.combinedFrom,
            c.productWeight.entrySet().stream()
                .map(
                    e ->
                        new BaseYearRequest.Product(
                            e.getKey(), e.getValue(), c.average.get(e.getKey())))
                .toList(),
            c.valueAdded.entrySet().stream()
                .map(e -> new BaseYearRequest.ValueAdded(e.getKey(), e.getValue()))
                .toList()));
  }

  /**
   * The provinces whose weights make up this one's for years before it existed: its predecessors at
   * province level, when each went into it whole (a part of a province's weights is not known);
   * empty otherwise.
   */
  private List<AdminUnit> combinable(AdminUnit province) {
    List<Succession> links =
        territories.geography().predecessors(province).stream()
            .filter(s -> s.predecessor().level() == Level.PROVINCE)
            .toList();
    if (links.isEmpty() || links.stream().anyMatch(s -> s.share() != Share.WHOLE)) return List.of();
    return links.stream()
        .map(Succession::predecessor)
        .sorted(Comparator.comparing(u -> u.ref().toString()))
        .toList();
  }

  private static boolean existedIn(AdminUnit p, int year) {
    return (p.validFrom() == null || p.validFrom().getYear() <= year)
        && (p.validTo() == null || p.validTo().getYear() >= year);
  }

  private List<Integer> ownYears(String ref) {
    return BaseYear.<BaseYear>find("territory = ?1 order by year", ref).stream()
        .map(b -> b.year)
        .toList();
  }

  private List<String> storedTerritories() {
    return BaseYear.<BaseYear>find("order by territory, year").stream()
        .map(b -> b.territory)
        .distinct()
        .toList();
  }

  private AdminUnit unitOf(String ref) {
    return territories.resolve(ref, LocalDate.now(clock));
  }

  private static String labels(List<AdminUnit> units) {
    return String.join(
        " and ", units.stream().map(u -> u.label() + " (" + u.validity() + ")").toList());
  }

  private BaseYearResponse view(BaseYear b) {
    return new BaseYearResponse(
        UnitRef.of(unitOf(b.territory)),
        b.year,
        b.version,
        b.updatedAt,
        List.of(),
        b.products.stream()
            .map(
                p ->
                    new BaseYearRequest.Product(
                        p.productCode, p.outputValueVnd, p.averageMonthlyQuantity))
            .sorted(Comparator.comparing(BaseYearRequest.Product::productCode))
            .toList(),
        b.valueAdded.stream()
            .map(v -> new BaseYearRequest.ValueAdded(v.vsicCode, v.valueAddedVnd))
            .sorted(Comparator.comparing(BaseYearRequest.ValueAdded::vsicCode))
            .toList());
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
