package vn.tradehub.industry.enterprise;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Enterprise")
public record EnterpriseResponse(
    @Schema(description = "MST: 10 digits, or 10 + '-' + 3 for a branch", example = "5101001859")
        String taxCode,
    @Schema(example = "Công ty Cổ phần Thủy điện Sông Miện") String name,
    @Schema(example = "Quản Bạ") String district,
    @Schema(
            description = "Industrial cluster code; null outside clusters",
            nullable = true,
            example = "CCN-NAM-QUANG")
        String clusterCode,
    @Schema(example = "3511") String mainVsicClass,
    @Schema(example = "0") long version) {

  public static EnterpriseResponse of(Enterprise e) {
    return new EnterpriseResponse(
        e.taxCode, e.name, e.district, e.clusterCode, e.mainVsicClass, e.version);
  }
}
