package vn.tradehub.platform.geo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period of a location, as a client sends it. */
@Schema(name = "LocationRequest")
public record Placement(
    @NotBlank
        @Size(max = 5)
        @Pattern(regexp = "^\\d{2}(\\d|\\d{3})?$", message = "a unit code: 2, 3 or 5 digits")
        @Schema(description = "The administrative unit's code", example = "00691")
        String unitCode,
    @Schema(
            description = "First day there; null: since before the lists begin",
            example = "2025-07-01",
            nullable = true)
        LocalDate validFrom,
    @Schema(description = "Last day there; null: still there", nullable = true) LocalDate validTo) {

  public Location toLocation() {
    return Location.of(unitCode, validFrom, validTo);
  }
}
