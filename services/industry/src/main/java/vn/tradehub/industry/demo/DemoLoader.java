package vn.tradehub.industry.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.tradehub.geography.Geography;
import vn.tradehub.industry.cluster.ClusterRequest;
import vn.tradehub.industry.cluster.ClusterService;
import vn.tradehub.industry.cluster.IndustrialCluster;
import vn.tradehub.industry.enterprise.EnterpriseRequest;
import vn.tradehub.industry.enterprise.EnterpriseService;
import vn.tradehub.industry.iip.BaseYearService;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.product.ProductService;
import vn.tradehub.industry.report.ReportService;
import vn.tradehub.industry.village.VillageRequest;
import vn.tradehub.industry.village.VillageService;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.context.Jdbc;
import vn.tradehub.platform.geo.Place;
import vn.tradehub.platform.geo.Placement;
import vn.tradehub.platform.web.Conditions;

/**
 * Loads the demo figures at start-up when {@code tradehub.demo.enabled=true}, through the service
 * layer (every report, revision and indicator event goes through the services and the outbox), in
 * bulk: the reports of a year in one transaction, written set-based, and the indicators recomputed
 * once at the end for every month, not once per report. Each step runs once per database (a marker
 * row, taken under an advisory lock so that replicas starting together do not both load it); a
 * database that has the 2019-2021 figures from before gets only the later steps.
 */
@ApplicationScoped
public class DemoLoader {
  static final String NAME = "ha-giang-2019-2021";
  static final String REFERENCE = "reform-reference";
  static final String INDICATORS = "reform-indicators";
  private static final String HA_GIANG = "02@2025-06-30";
  private static final Logger LOG = Logger.getLogger(DemoLoader.class);
  private static final long LOCK = 0x1d_c0_17_0002L;
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final DemoConfig config;
  private final BaseYearService baseYears;
  private final ReportService reports;
  private final ProductService products;
  private final ClusterService clusters;
  private final EnterpriseService enterprises;
  private final VillageService villages;
  private final IndicatorService indicators;
  private final Geography geography;
  private final Jdbc jdbc;

  public DemoLoader(
      DemoConfig config,
      BaseYearService baseYears,
      ReportService reports,
      ProductService products,
      ClusterService clusters,
      EnterpriseService enterprises,
      VillageService villages,
      IndicatorService indicators,
      Geography geography,
      Jdbc jdbc) {
    this.config = config;
    this.baseYears = baseYears;
    this.reports = reports;
    this.products = products;
    this.clusters = clusters;
    this.enterprises = enterprises;
    this.villages = villages;
    this.indicators = indicators;
    this.geography = geography;
    this.jdbc = jdbc;
  }

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) return;
    long started = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime();
    DemoData.Dataset base = DemoData.generate();
    ReformDemoData.Dataset reform = ReformDemoData.generate(base, geography);
    int filed = 0;
    // Reference data and weights first: while there are no reports yet, the recomputations they
    // cause find nothing to do.
    step(REFERENCE, () -> reference(reform));
    filed +=
        step(
            NAME,
            () -> {
              baseYears.put(HA_GIANG, 2015, Conditions.none(), base.weights2015());
              baseYears.put(HA_GIANG, 2020, Conditions.none(), base.weights2020());
              reports.fileNew(base.filings());
              return base.filings().size();
            });
    for (var year : reform.filingsByYear().entrySet()) {
      filed +=
          step(
              "reform-" + year.getKey(),
              () -> {
                reports.fileNew(year.getValue());
                return year.getValue().size();
              });
    }
    // Once, for every month: the events of all the territories published for it.
    step(INDICATORS, () -> indicators.recomputeFrom(null).size());
    LOG.infof(
        "demo data loaded or present (%d production reports filed now) in %d ms (%d ms CPU of"
            + " this thread; the database and the JIT compiler work beside it)",
        filed,
        (System.nanoTime() - started) / 1_000_000,
        (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
  }

  /** Runs a step in a transaction of its own, unless a marker says it ran. */
  private int step(String name, Supplier<Integer> work) {
    long started = System.nanoTime();
    long cpu = CPU.getCurrentThreadCpuTime();
    return QuarkusTransaction.requiringNew()
        .timeout(900)
        .call(
            () -> {
              jdbc.one("select pg_advisory_xact_lock(?)", r -> null, LOCK);
              boolean loaded =
                  jdbc.one("select count(*) from demo_load where name = ?", r -> r.getInt(1), name)
                      > 0;
              if (loaded) return 0;
              int n = work.get();
              jdbc.update("insert into demo_load (name) values (?)", name);
              LOG.infof(
                  "demo data %s loaded (%d) in %d ms (%d ms CPU of this thread)",
                  name,
                  n,
                  (System.nanoTime() - started) / 1_000_000,
                  (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
              return n;
            });
  }

  /**
   * The reference data of the merged province: Tuyên Quang's products, clusters, enterprises,
   * villages and 2020 weights; Hà Giang's enterprises and clusters placed in their communes from
   * 2025-07-01; Hà Giang's last border villages electrified.
   */
  private int reference(ReformDemoData.Dataset d) {
    for (var p : d.products()) products.put(p.code(), Conditions.none(), p.request());
    for (var c : d.clusters()) {
      clusters.put(
          c.code(),
          Conditions.none(),
          new ClusterRequest(
              c.nameVi(),
              c.nameEn(),
              reformed(c.oldCommune()),
              c.plannedAreaHa(),
              c.occupiedAreaHa(),
              IndustrialCluster.Status.OPERATING));
    }
    for (var e : d.enterprises()) {
      enterprises.put(
          e.taxCode(),
          Conditions.none(),
          new EnterpriseRequest(
              e.name(), reformed(e.oldCommune()), e.cluster(), e.mainVsicClass()));
    }
    for (var v : d.villages()) {
      villages.put(
          v.code(),
          Conditions.none(),
          new VillageRequest(
              v.nameVi(), v.nameEn(), reformed(v.oldCommune()), false, v.electrifiedOn()));
    }
    baseYears.put(ReformDemoData.TUYEN_QUANG, 2020, Conditions.none(), d.tuyenQuangWeights2020());
    amend(
        enterprises,
        d.haGiangEnterpriseCommune(),
        (now, commune) ->
            new EnterpriseRequest(
                now.name(),
                extended(now.locations(), commune),
                now.clusterCode(),
                now.mainVsicClass()));
    amend(
        clusters,
        d.haGiangClusterCommune(),
        (now, commune) ->
            new ClusterRequest(
                now.nameVi(),
                now.nameEn(),
                extended(now.locations(), commune),
                now.plannedAreaHa(),
                now.occupiedAreaHa(),
                now.status()));
    amend(
        villages,
        d.haGiangElectrified(),
        (now, electrifiedOn) ->
            new VillageRequest(
                now.nameVi(),
                now.nameEn(),
                now.locations().stream()
                    .map(p -> new Placement(p.unitCode(), p.validFrom(), p.validTo()))
                    .toList(),
                now.border(),
                electrifiedOn));
    return d.products().size() + d.clusters().size() + d.enterprises().size() + d.villages().size();
  }

  /**
   * Replaces each entry by its current state with its change applied, whatever version it is at
   * (If-Match: *).
   */
  private static <Q, R, C> void amend(
      CodeList<Q, R> list, Map<String, C> changes, BiFunction<R, C, Q> amended) {
    for (Map.Entry<String, C> e : changes.entrySet()) {
      list.put(
          e.getKey(), Conditions.of("*", null), amended.apply(list.get(e.getKey()), e.getValue()));
    }
  }

  /** A former commune until 2025-06-30, then the commune it went into. */
  private List<Placement> reformed(String oldCommune) {
    return List.of(
        new Placement(oldCommune, null, ReformDemoData.REFORM.minusDays(1)),
        new Placement(
            ReformDemoData.successor(geography, oldCommune), ReformDemoData.REFORM, null));
  }

  /** A history that ended on 2025-06-30, continued in a new commune from 2025-07-01. */
  private static List<Placement> extended(List<Place> history, String commune) {
    List<Placement> out = new ArrayList<>();
    for (Place p : history) {
      if (p.validFrom() != null && !p.validFrom().isBefore(ReformDemoData.REFORM)) continue;
      out.add(new Placement(p.unitCode(), p.validFrom(), p.validTo()));
    }
    out.add(new Placement(commune, ReformDemoData.REFORM, null));
    return out;
  }
}
