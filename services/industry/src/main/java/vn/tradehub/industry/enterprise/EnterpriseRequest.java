package vn.tradehub.industry.enterprise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.platform.codelist.ReadableCodeListResource;
import vn.tradehub.platform.geo.Placement;

@Schema(name = "EnterpriseRequest")
public record EnterpriseRequest(
    @NotBlank @Size(max = 300) @Schema(example = "Công ty Cổ phần Thủy điện Sông Miện") String name,
    @NotEmpty
        @Size(max = 50)
        @Schema(
            description =
                "Where the enterprise lay, period by period: a commune valid on every day of the"
                    + " period (from 2025-07-01 one of the new province's communes and wards);"
                    + " before 2025-07-01 a district is accepted where only the district is known."
                    + " Its reports are placed in the unit of their month.")
        List<@NotNull @Valid Placement> locations,
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
