package vn.tradehub.industry.territory;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.geography.AdminUnit;

/** The territory an answer is for, as resolved from the request: the unit with its validity. */
@Schema(name = "IndustryTerritory", description = "The territory resolved from the request")
public record TerritoryRef(
    @Schema(
            description =
                "The pinned reference CODE@YYYY-MM-DD, which names this unit in any period",
            example = "08@2025-07-01")
        String ref,
    @Schema(example = "08") String code,
    @Schema(example = "PROVINCE") String level,
    @Schema(example = "Tỉnh Tuyên Quang") String nameVi,
    @Schema(example = "Tuyen Quang Province") String nameEn,
    @Schema(
            description = "First day of the unit; null: since before the lists begin",
            nullable = true,
            example = "2025-07-01")
        LocalDate validFrom,
    @Schema(description = "Last day of the unit; null: still valid", nullable = true)
        LocalDate validTo) {

  public static TerritoryRef of(AdminUnit u) {
    return new TerritoryRef(
        u.ref().toString(),
        u.code(),
        u.level().name(),
        u.nameVi(),
        u.nameEn(),
        u.validFrom(),
        u.validTo());
  }
}
