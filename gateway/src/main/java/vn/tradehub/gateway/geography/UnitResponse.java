package vn.tradehub.gateway.geography;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.geography.AdminUnit;

/** An administrative unit with its validity: a code names a unit only together with a date. */
@Schema(name = "AdministrativeUnit")
public record UnitResponse(
    @Schema(example = "00691") String code,
    @Schema(example = "COMMUNE") String level,
    @Schema(example = "Phường Hà Giang 2") String nameVi,
    @Schema(example = "Ward Ha Giang 2") String nameEn,
    @Schema(
            description = "The unit it lies in, on the same dates; null for a province",
            example = "08",
            nullable = true)
        String parentCode,
    @Schema(
            description = "First day of validity; null: in force before the lists begin",
            example = "2025-07-01",
            nullable = true)
        LocalDate validFrom,
    @Schema(description = "Last day of validity; null: still valid", nullable = true)
        LocalDate validTo,
    @Schema(
            description = "The unit as a territory parameter, pinned to its period",
            example = "00691@2025-07-01")
        String territory) {

  public static UnitResponse of(AdminUnit u) {
    return new UnitResponse(
        u.code(),
        u.level().name(),
        u.nameVi(),
        u.nameEn(),
        u.parentCode(),
        u.validFrom(),
        u.validTo(),
        u.ref().toString());
  }
}
