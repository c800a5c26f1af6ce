package vn.tradehub.industry.village;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Village")
public record VillageResponse(
    @Schema(example = "HG-V001") String code,
    @Schema(example = "Thôn Lũng Cú 1") String nameVi,
    @Schema(example = "Lung Cu hamlet 1") String nameEn,
    @Schema(example = "Xã Lũng Cú") String commune,
    @Schema(example = "Đồng Văn") String district,
    boolean border,
    @Schema(
            description = "When its electricity met the criterion; null when it does not yet",
            nullable = true,
            example = "2019-06-15")
        LocalDate electrifiedOn,
    @Schema(example = "0") long version) {

  public static VillageResponse of(Village v) {
    return new VillageResponse(
        v.code, v.nameVi, v.nameEn, v.commune, v.district, v.border, v.electrifiedOn, v.version);
  }
}
