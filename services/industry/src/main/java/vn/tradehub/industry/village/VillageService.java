package vn.tradehub.industry.village;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class VillageService implements CodeList<VillageRequest, VillageResponse> {
  static final AggregateType<Village, VillageResponse> TYPE =
      AggregateType.of("Village", "Village", Village.class, VillageResponse::of, v -> v.version);

  private final Aggregates aggregates;
  private final IndicatorService indicators;

  public VillageService(Aggregates aggregates, IndicatorService indicators) {
    this.aggregates = aggregates;
    this.indicators = indicators;
  }

  @Transactional
  public List<VillageResponse> page(Boolean border, String after, int limit) {
    return Village.<Village>find(
            "(:border is null or border = :border) and (:after is null or code > :after) order by code",
            Parameters.with("border", border).and("after", after))
        .page(0, limit)
        .stream()
        .map(VillageResponse::of)
        .toList();
  }

  @Override
  public VillageResponse get(String code) {
    return aggregates.get(TYPE, code);
  }

  @Override
  public Long version(VillageResponse entry) {
    return entry.version();
  }

  /**
   * Creates or replaces a village. The electrification share of every month from the earliest one
   * the change touches is republished (all months when the village or its border flag is new).
   */
  @Override
  @Transactional
  public Saved<VillageResponse> put(String code, Conditions conditions, VillageRequest request) {
    Village existing = aggregates.find(TYPE, code);
    VillageResponse before = existing == null ? null : VillageResponse.of(existing);
    Saved<VillageResponse> saved =
        aggregates.put(
            TYPE,
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
              v.commune = request.commune();
              v.district = request.district();
              v.border = request.border();
              v.electrifiedOn = request.electrifiedOn();
            });
    VillageResponse after = saved.body();
    if (saved.outcome() == Saved.Outcome.UNCHANGED) return saved;
    if (before == null ? after.border() : before.border() != after.border()) {
      indicators.recomputeFrom(null);
    } else if (after.border() && !Objects.equals(before.electrifiedOn(), after.electrifiedOn())) {
      indicators.recomputeFrom(earliest(before.electrifiedOn(), after.electrifiedOn()));
    }
    return saved;
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(TYPE, code, code);
  }

  private static YearMonth earliest(LocalDate a, LocalDate b) {
    LocalDate d = a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    return YearMonth.from(d);
  }
}
