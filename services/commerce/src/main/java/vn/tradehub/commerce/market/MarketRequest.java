package vn.tradehub.commerce.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.commerce.web.Codes;

/** A new market; the code is the client's key and never changes. */
@Schema(name = "MarketRequest")
public record MarketRequest(
    @Schema(required = true, example = "CHO_MEO_VAC")
        @NotNull
        @Pattern(
            regexp = "[A-Z][A-Z0-9_-]{1,39}",
            message = "upper-case letters, digits, _ and -; 2 to 40 characters")
        @Size(max = Codes.MAX)
        String code,
    @Schema(required = true, example = "Chợ trung tâm Mèo Vạc") @NotBlank @Size(max = 200)
        String nameVi,
    @Schema(required = true, example = "Meo Vac Central Market") @NotBlank @Size(max = 200)
        String nameEn,
    @Schema(required = true, example = "MEO_VAC") @NotBlank @Size(max = Codes.MAX)
        String districtCode,
    @Schema(required = true, example = "II") @NotNull Market.MarketClass marketClass,
    @Schema(required = true, example = "false") @NotNull Boolean borderMarket,
    @Schema(required = true, example = "COOPERATIVE") @NotNull
        Market.ManagementModel managementModel,
    @Schema(
            nullable = true,
            maxLength = 16,
            description = "Date the current management model took effect; null when unknown",
            example = "2019-07-01")
        LocalDate managementModelSince,
    @Schema(nullable = true, maxLength = 6, description = "Default ACTIVE", example = "ACTIVE")
        Market.Status status) {}
