package vn.tradehub.commerce.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferenceItemRequest")
public record ReferenceItemRequest(
    @Schema(
            example = "Huyện Mèo Vạc",
            description = "Vietnamese name, with diacritics; kept exactly")
        @NotBlank
        @Size(max = 200)
        String nameVi,
    @Schema(example = "Meo Vac District") @NotBlank @Size(max = 200) String nameEn) {}
