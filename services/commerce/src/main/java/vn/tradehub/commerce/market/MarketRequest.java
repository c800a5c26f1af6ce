package vn.tradehub.commerce.market;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.platform.geo.Placement;

/**
 * The whole state of a market; its code, the client's key, is in the path and never changes. The
 * enums' maxLength (their longest constant) states the bound the contract lint looks for beside the
 * reference to the enum's schema.
 */
@Schema(name = "MarketRequest")
public record MarketRequest(
    @Schema(example = "Chợ trung tâm Mèo Vạc") @NotBlank @Size(max = 200) String nameVi,
    @Schema(example = "Meo Vac Central Market") @NotBlank @Size(max = 200) String nameEn,
    @Schema(
            required = true,
            description =
                "Where the market lies, period by period (periods follow each other): a commune"
                    + " or ward valid on every day of its period (GET"
                    + " /api/v1/province/geography/units at the gateway). Before 2025-07 a district"
                    + " is accepted for a market whose commune is not known. From 2025-07-01 the"
                    + " market lies in a commune of the new province; a period that runs past its"
                    + " unit's end is refused with the units to use")
        @NotNull
        @Size(min = 1, max = 20)
        List<@Valid @NotNull Placement> locations,
    @Schema(example = "II", maxLength = 3) @NotNull Market.MarketClass marketClass,
    @Schema(example = "false") @NotNull Boolean borderMarket,
    @Schema(example = "COOPERATIVE", maxLength = 16) @NotNull
        Market.ManagementModel managementModel,
    @Schema(
            implementation = String.class,
            format = "date",
            nullable = true,
            description =
                "Date the current management model took effect; null when unknown, never in the"
                    + " future. A change of model needs a date later than the previous one.",
            example = "2019-07-01")
        LocalDate managementModelSince,
    @Schema(example = "ACTIVE", maxLength = 6, description = "CLOSED closes the market") @NotNull
        Market.Status status) {}
