package vn.tradehub.commerce.market;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.commerce.web.Codes;

/** The whole new state of a market (its code is in the path). */
@Schema(name = "MarketUpdate")
public record MarketUpdate(
    @Schema(required = true, example = "Chợ trung tâm Mèo Vạc") @NotBlank @Size(max = 200)
        String nameVi,
    @Schema(required = true, example = "Meo Vac Central Market") @NotBlank @Size(max = 200)
        String nameEn,
    @Schema(required = true, example = "MEO_VAC") @NotBlank @Size(max = Codes.MAX)
        String districtCode,
    @Schema(required = true, example = "II") @NotNull Market.MarketClass marketClass,
    @Schema(required = true, example = "false") @NotNull Boolean borderMarket,
    @Schema(required = true, example = "ENTERPRISE") @NotNull
        Market.ManagementModel managementModel,
    @Schema(
            nullable = true,
            maxLength = 16,
            description =
                "Date the management model took effect; required, and later than the previous one, when the model changes",
            example = "2021-07-01")
        LocalDate managementModelSince,
    @Schema(required = true, example = "ACTIVE") @NotNull Market.Status status) {}
