package vn.tradehub.industry.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.tradehub.industry.common.Preconditions;
import vn.tradehub.industry.common.Saved;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;

@ApplicationScoped
public class VillageService {
  private final Revisions revisions;
  private final Caller caller;
  private final IndicatorService indicators;

  public VillageService(Revisions revisions, Caller caller, IndicatorService indicators) {
    this.revisions = revisions;
    this.caller = caller;
    this.indicators = indicators;
  }

  @Transactional
  public List<VillageResponse> list(Boolean border, String after, int limitPlusOne) {
    String q =
        "(:border is null or border = :border) and (:after is null or code > :after) order by code";
    return Village.<Village>find(
            q, io.quarkus.panache.common.Parameters.with("border", border).and("after", after))
        .range(0, limitPlusOne - 1)
        .list()
        .stream()
        .map(VillageResponse::of)
        .toList();
  }

  @Transactional
  public VillageResponse get(String code) {
    Village v = Village.findById(code);
    if (v == null) throw Problems.notFound("Village", code);
    return VillageResponse.of(v);
  }

  /**
   * Creates or replaces a village. The electrification share of every month from the earliest one
   * the change touches is republished (all months when the village or its border flag is new).
   */
  @Transactional
  public Saved<VillageResponse> put(String code, String ifMatch, @Valid VillageRequest request) {
    if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
      throw Problems.validation("code", "2 to 40 capital letters, digits and '-'", code);
    }
    Village v = Village.findById(code);
    Preconditions.check(ifMatch, v == null ? null : v.version);
    VillageResponse before = v == null ? null : VillageResponse.of(v);
    if (v == null) {
      v = new Village();
      v.code = code;
    }
    v.nameVi = request.nameVi();
    v.nameEn = request.nameEn();
    v.commune = request.commune();
    v.district = request.district();
    v.border = request.border();
    v.electrifiedOn = request.electrifiedOn();
    v.persistAndFlush();
    VillageResponse after = VillageResponse.of(v);
    if (before == null || after.version() != before.version()) {
      revisions.record(
          "Village",
          code,
          v.version,
          before == null ? "CREATED" : "AMENDED",
          caller.name(),
          before,
          after);
      if (before == null ? after.border() : before.border() != after.border()) {
        indicators.recomputeFrom(null);
      } else if (after.border()
          && !java.util.Objects.equals(before.electrifiedOn(), after.electrifiedOn())) {
        indicators.recomputeFrom(earliest(before.electrifiedOn(), after.electrifiedOn()));
      }
    }
    return new Saved<>(after, before == null, v.version);
  }

  private static YearMonth earliest(LocalDate a, LocalDate b) {
    LocalDate d = a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    return YearMonth.from(d);
  }
}
