package vn.tradehub.bordertrade.turnover;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.geography.AdminUnit;

/** The territory an answer is for, as resolved from the request: one unit with its validity. */
@Schema(name = "TurnoverTerritory")
public record TurnoverTerritory(
    @Schema(
            description =
                "The unit pinned to a day of its validity: send it as `territory` to ask for"
                    + " exactly this unit in any period",
            example = "08@2025-07-01")
        String ref,
    @Schema(example = "08") String code,
    @Schema(example = "PROVINCE") String level,
    @Schema(example = "Tỉnh Tuyên Quang") String nameVi,
    @Schema(example = "Tuyen Quang Province") String nameEn,
    @Schema(
            description = "First day of the unit; null: since before the lists begin",
            implementation = String.class,
            format = "date",
            maxLength = 16,
            nullable = true,
            example = "2025-07-01")
        LocalDate validFrom,
    @Schema(
            description = "Last day of the unit; null: still valid",
            implementation = String.class,
            format = "date",
            maxLength = 16,
            nullable = true)
        LocalDate validTo) {

  static TurnoverTerritory of(AdminUnit u) {
    return new TurnoverTerritory(
        u.ref().toString(),
        u.code(),
        u.level().name(),
        u.nameVi(),
        u.nameEn(),
        u.validFrom(),
        u.validTo());
  }
}
