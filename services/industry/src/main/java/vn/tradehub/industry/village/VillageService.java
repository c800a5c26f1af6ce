package vn.tradehub.industry.village;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.territory.Histories;
import vn.tradehub.industry.territory.Territories;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class VillageService implements CodeList<VillageRequest, VillageResponse> {
  private final AggregateType<Village, VillageResponse> type;
  private final Aggregates aggregates;
  private final IndicatorService indicators;
  private final Locations locations;
  private final Territories territories;
  private final Clock clock;

  public VillageService(
      Aggregates aggregates,
      IndicatorService indicators,
      Locations locations,
      Territories territories,
      Clock clock) {
    this.aggregates = aggregates;
    this.indicators = indicators;
    this.locations = locations;
    this.territories = territories;
    this.clock = clock;
    this.type = AggregateType.of("Village", "Village", Village.class, this::view, v -> v.version);
  }

  public VillageResponse view(Village v) {
    return new VillageResponse(
        v.code,
        v.nameVi,
        v.nameEn,
        locations.describe(Histories.sorted(v.locations)),
        v.border,
        v.electrifiedOn,
        v.version);
  }

  /** Villages by code, optionally only border (or other) ones, or those within a unit on a date. */
  @Transactional
  public List<VillageResponse> page(
      Boolean border, String unit, String asOfText, String after, int limit) {
    StringBuilder q =
        new StringBuilder(
            "from Village v where (:border is null or v.border = :border)"
                + " and (:after is null or v.code > :after)");
    Parameters params = Parameters.with("border", border).and("after", after);
    if (unit != null) {
      LocalDate asOf = Territories.date("asOf", asOfText, LocalDate.now(clock));
      q.append(
          " and exists (select 1 from Village x join x.locations l where x = v"
              + " and l.unitCode in :units and (l.validFrom is null or l.validFrom <= :asOf)"
              + " and (l.validTo is null or l.validTo >= :asOf))");
      params.and("units", territories.within(unit, asOf)).and("asOf", asOf);
    }
    return Village.<Village>find(q + " order by v.code", params).page(0, limit).stream()
        .map(this::view)
        .toList();
  }

  @Override
  public VillageResponse get(String code) {
    return aggregates.get(type, code);
  }

  @Override
  public Long version(VillageResponse entry) {
    return entry.version();
  }

  /**
   * Creates or replaces a village. When a border village (before or after the change) changes its
   * electrification date, its commune or its border flag, the indicators of every month from the
   * earliest one the change touches are republished.
   */
  @Override
  @Transactional
  public Saved<VillageResponse> put(String code, Conditions conditions, VillageRequest request) {
    List<Location> history =
        locations.check("locations", request.locations(), Histories.VILLAGE_LEVELS);
    Village existing = aggregates.find(type, code);
    boolean borderBefore = existing != null && existing.border;
    LocalDate electrifiedBefore = existing == null ? null : existing.electrifiedOn;
    List<Location> before = existing == null ? List.of() : Histories.copy(existing.locations);
    Saved<VillageResponse> saved =
        aggregates.put(
            type,
            code,
            conditions,
            existing,
            () -> {
              Village v = new Village();
              v.code = code;
              return v;
            },
            v -> {
              v.nameVi = request.nameVi();
              v.nameEn = request.nameEn();
              Histories.replace(v.locations, history);
              v.border = request.border();
              v.electrifiedOn = request.electrifiedOn();
            });
    if (saved.outcome() == Saved.Outcome.UNCHANGED) return saved;
    if (!borderBefore && !request.border()) return saved;
    if (borderBefore != request.border()) {
      indicators.recomputeFrom(null);
      return saved;
    }
    List<LocalDate> touched = new ArrayList<>();
    if (!Objects.equals(electrifiedBefore, request.electrifiedOn())) {
      if (electrifiedBefore != null) touched.add(electrifiedBefore);
      if (request.electrifiedOn() != null) touched.add(request.electrifiedOn());
    }
    LocalDate moved = Histories.firstDifference(before, history);
    if (moved != null) touched.add(moved);
    if (touched.isEmpty()) return saved;
    LocalDate from = touched.stream().min(LocalDate::compareTo).orElseThrow();
    indicators.recomputeFrom(from.equals(LocalDate.MIN) ? null : YearMonth.from(from));
    return saved;
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(type, code, code);
  }
}
