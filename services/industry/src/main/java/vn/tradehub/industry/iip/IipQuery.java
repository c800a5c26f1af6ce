package vn.tradehub.industry.iip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tradehub.geography.AdminUnit;
import vn.tradehub.industry.product.Product;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.industry.vsic.VsicService;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.geo.UnitRef;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/** Parses the IIP query, runs it and shapes the answer (rounded, with names). */
@ApplicationScoped
public class IipQuery {
  private final IipService iip;
  private final VsicService vsic;
  private final Territories territories;

  public IipQuery(IipService iip, VsicService vsic, Territories territories) {
    this.iip = iip;
    this.vsic = vsic;
    this.territories = territories;
  }

  @Transactional
  public IipResponse run(
      String periodText,
      String territoryParam,
      Comparison compareToParam,
      Boolean cumulativeFlag,
      IipCalculator.Level levelParam,
      Integer baseYear) {
    if (periodText == null)
      throw Problems.malformed(
          "period is required",
          List.of(FieldError.of("period", "expected a period YYYY-MM", null)));
    YearMonth period = Periods.parse("period", periodText);
    AdminUnit province =
        territories.requireProvince(
            territories.resolve(territoryParam, period.atDay(1)), territoryParam);
    Comparison compareTo = compareToParam == null ? Comparison.PREVIOUS_YEAR : compareToParam;
    IipCalculator.Level level = levelParam == null ? IipCalculator.Level.TOTAL : levelParam;
    boolean cumulative = Boolean.TRUE.equals(cumulativeFlag);
    if (cumulative && compareTo == Comparison.PREVIOUS_MONTH) {
      throw Problems.validation(
          "cumulative",
          "a year to date is compared with the same months of the previous year or with the base year, not the previous month",
          true);
    }
    IipService.Computation c =
        iip.compute(province, period, compareTo, cumulative, baseYear)
            .orElseThrow(
                () ->
                    Problems.unprocessable(
                        "/problems/iip-weights-missing",
                        "IIP weights missing",
                        "No base-year weights are set for "
                            + province.label()
                            + " ("
                            + province.validity()
                            + "); PUT /api/v1/industry/iip/base-years/"
                            + province.ref()
                            + "/{year} first"));
    IipCalculator.Result r = c.result();
    if (r.total() == null) {
      throw Problems.unprocessable(
          "/problems/iip-not-computable",
          "IIP not computable",
          "No weighted product has both a current and a comparison quantity for "
              + periodText
              + " in "
              + province.label()
              + " ("
              + province.validity()
              + ") against "
              + compareTo);
    }
    Map<String, VsicNode> names = vsic.all();
    List<IipResponse.Row> rows = rows(r, level, names);
    List<IipResponse.Row> contributions = rows(r, IipCalculator.Level.SECTION, names);
    return new IipResponse(
        periodText,
        UnitRef.of(province),
        compareTo,
        cumulative,
        level,
        r.baseYear(),
        c.weights().combinedFrom(),
        new IipResponse.Months(c.currentFrom().toString(), c.currentTo().toString()),
        c.comparisonFrom() == null
            ? null
            : new IipResponse.Months(c.comparisonFrom().toString(), c.comparisonTo().toString()),
        c.status() == null ? null : c.status().name(),
        r.total().setScale(2, RoundingMode.HALF_UP),
        r.changePct().setScale(2, RoundingMode.HALF_UP),
        rows,
        contributions,
        new IipResponse.Coverage(
            r.productsUsed().size(),
            r.excluded().stream()
                .map(e -> new IipResponse.Excluded(e.productCode(), e.reason()))
                .toList(),
            pct(r.coveredWeightShare())));
  }

  private static List<IipResponse.Row> rows(
      IipCalculator.Result r, IipCalculator.Level level, Map<String, VsicNode> names) {
    List<IipCalculator.Node> nodes = r.level(level);
    List<BigDecimal> contributions =
        IipService.apportion(
            nodes.stream().map(IipCalculator.Node::contributionPp).toList(), r.changePct(), 2);
    List<IipResponse.Row> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      IipCalculator.Node n = nodes.get(i);
      String vi = null;
      String en = null;
      if (level == IipCalculator.Level.PRODUCT) {
        Product p = Product.findById(n.code());
        if (p != null) {
          vi = p.nameVi;
          en = p.nameEn;
        }
      } else if (names.containsKey(n.code())) {
        vi = names.get(n.code()).nameVi;
        en = names.get(n.code()).nameEn;
      } else {
        vi = "Toàn ngành công nghiệp";
        en = "Whole industry";
      }
      out.add(
          new IipResponse.Row(
              n.level(),
              n.code(),
              n.parentCode(),
              vi,
              en,
              n.index().setScale(2, RoundingMode.HALF_UP),
              n.index().subtract(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP),
              pct(n.shareOfParent()),
              pct(n.shareOfTotal()),
              contributions.get(i)));
    }
    return out;
  }

  private static BigDecimal pct(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
  }
}
