package vn.tradehub.platform.geo;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.geography.AdminUnit;

/**
 * An administrative unit as every answer names it (the territory a figure is for, the unit a count
 * is by): code, the pinned reference, names and validity.
 */
@Schema(name = "AdminUnitRef")
public record UnitRef(
    @Schema(example = "02") String code,
    @Schema(
            description =
                "The unit pinned to a date of its validity, as `territory=` takes it back (a code"
                    + " alone means the unit of the period asked)",
            example = "02@2025-06-30")
        String ref,
    @Schema(
            implementation = String.class,
            enumeration = {"PROVINCE", "DISTRICT", "COMMUNE"},
            example = "PROVINCE")
        String level,
    @Schema(example = "Tỉnh Hà Giang") String nameVi,
    @Schema(example = "Ha Giang Province") String nameEn,
    @Schema(
            implementation = String.class,
            format = "date",
            nullable = true,
            description = "First day of the unit; null: since before the lists begin",
            example = "2025-07-01")
        LocalDate validFrom,
    @Schema(
            implementation = String.class,
            format = "date",
            nullable = true,
            description = "Last day of the unit; null: still valid",
            example = "2025-06-30")
        LocalDate validTo) {

  public static UnitRef of(AdminUnit u) {
    return new UnitRef(
        u.code(),
        u.ref().toString(),
        u.level().name(),
        u.nameVi(),
        u.nameEn(),
        u.validFrom(),
        u.validTo());
  }
}
