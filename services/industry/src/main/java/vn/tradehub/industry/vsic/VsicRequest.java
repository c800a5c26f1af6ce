package vn.tradehub.industry.vsic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A VSIC section, division or class as an admin sets it; the level follows from the code. */
@Schema(name = "VsicRequest")
public record VsicRequest(
    @NotBlank @Size(max = 300) @Schema(example = "Sản xuất điện") String nameVi,
    @NotBlank @Size(max = 300) @Schema(example = "Electric power generation") String nameEn) {}
