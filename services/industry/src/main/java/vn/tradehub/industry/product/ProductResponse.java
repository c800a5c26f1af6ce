package vn.tradehub.industry.product;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.figures.Unit;

@Schema(name = "Product")
public record ProductResponse(
    @Schema(example = "DIEN-SAN-XUAT") String code,
    @Schema(example = "Điện sản xuất (thủy điện)") String nameVi,
    @Schema(example = "Electricity generated (hydropower)") String nameEn,
    @Schema(example = "KWH") Unit unit,
    @Schema(example = "3511") String vsicClass,
    @Schema(example = "0") long version)
    implements Versioned {

  public static ProductResponse of(Product p) {
    return new ProductResponse(p.code, p.nameVi, p.nameEn, p.unit, p.vsicClass, p.version);
  }
}
