package vn.tradehub.platform.geo;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.geography.AdminUnit;

/** One period of a location as the API answers it: the unit, with its names, and the period. */
@Schema(name = "Location")
public record Place(
    @Schema(example = "00691") String unitCode,
    @Schema(example = "COMMUNE") String level,
    @Schema(example = "Phường Hà Giang 2") String nameVi,
    @Schema(example = "Ward Ha Giang 2") String nameEn,
    @Schema(description = "First day there; null: since before the lists begin", nullable = true)
        LocalDate validFrom,
    @Schema(description = "Last day there; null: still there", nullable = true) LocalDate validTo) {

  /** The stored period this answers, without the names. */
  public Location location() {
    return Location.of(unitCode, validFrom, validTo);
  }

  /** The stored periods a described history answers. */
  public static List<Location> locations(List<Place> places) {
    return places.stream().map(Place::location).toList();
  }

  static Place of(Location l, AdminUnit unit) {
    return new Place(
        l.unitCode, unit.level().name(), unit.nameVi(), unit.nameEn(), l.validFrom, l.validTo);
  }
}
