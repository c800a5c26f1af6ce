package vn.tradehub.industry.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import vn.tradehub.industry.indicators.IndicatorService;
import vn.tradehub.industry.territory.Histories;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.geo.Place;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class VillageService extends EntityCodeList<Village, VillageRequest, VillageResponse> {
  private IndicatorService indicators;
  private Locations locations;

  VillageService() {}

  @Inject
  public VillageService(Aggregates aggregates, IndicatorService indicators, Locations locations) {
    super(aggregates, "Village", "Village", Village.class, "code", v -> v.version);
    this.indicators = indicators;
    this.locations = locations;
  }

  @Override
  public VillageResponse view(Village v) {
    return new VillageResponse(
        v.code,
        v.nameVi,
        v.nameEn,
        locations.describe(v.locations),
        v.border,
        v.electrifiedOn,
        v.version);
  }

  @Override
  protected Consumer<Village> prepare(String code, VillageRequest request, Village existing) {
    List<Location> history =
        locations.check("locations", request.locations(), Histories.VILLAGE_LEVELS);
    return v -> {
      v.nameVi = request.nameVi();
      v.nameEn = request.nameEn();
      Location.replace(v.locations, history);
      v.border = request.border();
      v.electrifiedOn = request.electrifiedOn();
    };
  }

  /**
   * When a border village (before or after the change) changes its electrification date, its
   * commune or its border flag, the indicators of every month from the earliest one the change
   * touches are republished.
   */
  @Override
  protected void saved(Saved<VillageResponse> saved, VillageResponse before) {
    VillageResponse after = saved.body();
    boolean borderBefore = before != null && before.border();
    if (!borderBefore && !after.border()) return;
    if (borderBefore != after.border()) {
      indicators.recomputeFrom(null);
      return;
    }
    List<LocalDate> touched = new ArrayList<>();
    if (!Objects.equals(before.electrifiedOn(), after.electrifiedOn())) {
      if (before.electrifiedOn() != null) touched.add(before.electrifiedOn());
      if (after.electrifiedOn() != null) touched.add(after.electrifiedOn());
    }
    LocalDate moved =
        Histories.firstDifference(
            Place.locations(before.locations()), Place.locations(after.locations()));
    if (moved != null) touched.add(moved);
    if (touched.isEmpty()) return;
    LocalDate from = touched.stream().min(LocalDate::compareTo).orElseThrow();
    indicators.recomputeFrom(from.equals(LocalDate.MIN) ? null : YearMonth.from(from));
  }
}
