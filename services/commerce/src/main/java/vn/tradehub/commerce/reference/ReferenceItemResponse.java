package vn.tradehub.commerce.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;

@Schema(name = "ReferenceItem")
public record ReferenceItemResponse(
    @Schema(example = "MEO_VAC") String code,
    @Schema(example = "Huyện Mèo Vạc") String nameVi,
    @Schema(example = "Meo Vac District") String nameEn,
    @Schema(example = "0") long version)
    implements Versioned {

  static ReferenceItemResponse of(ReferenceItem item) {
    return new ReferenceItemResponse(item.code, item.nameVi, item.nameEn, item.version);
  }
}
