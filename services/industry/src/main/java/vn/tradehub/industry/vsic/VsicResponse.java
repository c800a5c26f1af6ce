package vn.tradehub.industry.vsic;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;

@Schema(
    name = "Vsic",
    description = "A VSIC 2018 section (letter), division (2 digits) or class (4 digits)")
public record VsicResponse(
    @Schema(example = "3511") String code,
    @Schema(example = "CLASS") VsicLevel level,
    @Schema(
            description = "The division of a class, the section of a division; null for a section",
            nullable = true,
            example = "35")
        String parentCode,
    @Schema(example = "Sản xuất điện") String nameVi,
    @Schema(example = "Electric power generation") String nameEn,
    @Schema(example = "0") long version)
    implements Versioned {

  static VsicResponse of(VsicNode n) {
    return new VsicResponse(n.code, n.level, n.parentCode, n.nameVi, n.nameEn, n.version);
  }
}
