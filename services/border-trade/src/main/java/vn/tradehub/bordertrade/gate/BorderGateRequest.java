package vn.tradehub.bordertrade.gate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BorderGateRequest")
public record BorderGateRequest(
    @NotBlank
        @Pattern(
            regexp = "^[A-Z][A-Z0-9_]{1,39}$",
            message = "upper-case letters, digits and _ (2 to 40)")
        @Size(max = 40)
        @Schema(example = "THANH_THUY")
        String code,
    @NotBlank @Size(max = 200) @Schema(example = "Cửa khẩu quốc tế Thanh Thủy") String nameVi,
    @NotBlank @Size(max = 200) @Schema(example = "Thanh Thuy international border gate")
        String nameEn,
    @NotNull @Schema(example = "INTERNATIONAL") GateKind kind,
    @NotBlank @Size(max = 100) @Schema(example = "Vị Xuyên") String district,
    @Size(max = 200) @Schema(example = "Thiên Bảo (Tianbao)", nullable = true) String pairedGate,
    @Size(max = 200) @Schema(example = "Ma Lật Pha (Malipo)", nullable = true) String pairedCounty,
    @NotNull @Schema(example = "2000-01-01") LocalDate validFrom,
    @Schema(
            description = "Last valid day; null while the gate is open",
            maxLength = 16, // a date, as the platform bounds them (nullable hides the $ref)
            nullable = true)
        LocalDate validTo) {}
