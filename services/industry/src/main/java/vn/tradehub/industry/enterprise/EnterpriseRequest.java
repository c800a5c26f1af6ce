package vn.tradehub.industry.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.platform.codelist.ReadableCodeListResource;

@Schema(name = "EnterpriseRequest")
public record EnterpriseRequest(
    @NotBlank @Size(max = 300) @Schema(example = "Công ty Cổ phần Thủy điện Sông Miện") String name,
    @NotBlank @Size(max = 100) @Schema(example = "Quản Bạ") String district,
    @Size(max = ReadableCodeListResource.CODE_MAX)
        @Schema(
            description = "Industrial cluster code, if the enterprise is in one (else null)",
            nullable = true,
            example = "CCN-NAM-QUANG")
        String clusterCode,
    @NotBlank
        @Size(max = VsicLevel.CODE_MAX)
        @Schema(description = "Main VSIC 2018 4-digit class (its industry)", example = "3511")
        String mainVsicClass) {}
