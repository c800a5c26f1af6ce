package vn.tradehub.industry.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnterpriseRequest")
public record EnterpriseRequest(
    @NotBlank @Size(max = 300) @Schema(example = "Công ty Cổ phần Thủy điện Sông Miện") String name,
    @NotBlank @Size(max = 100) @Schema(example = "Quản Bạ") String district,
    @Schema(
            description = "Industrial cluster code, if the enterprise is in one",
            example = "CCN-NAM-QUANG")
        String clusterCode,
    @NotBlank @Schema(description = "Main VSIC 2018 4-digit class (its industry)", example = "3511")
        String mainVsicClass) {}
