package vn.tradehub.industry.iip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.platform.codelist.ReadableCodeListResource;

/** The weights of one base year. */
@Schema(name = "IipBaseYearRequest")
public record BaseYearRequest(
    @NotEmpty @Size(max = 5000) List<@NotNull @Valid Product> products,
    @NotEmpty @Size(max = 5000) List<@NotNull @Valid ValueAdded> valueAdded) {

  @Schema(name = "IipProductWeight")
  public record Product(
      @NotBlank @Size(max = ReadableCodeListResource.CODE_MAX) @Schema(example = "DIEN-SAN-XUAT")
          String productCode,
      @NotNull
          @Schema(
              description = "Base-year output value (VND): the product's weight w within its class",
              example = "1450000000000")
          BigDecimal outputValueVnd,
      @NotNull
          @Schema(
              description =
                  "Base-year average monthly quantity: q0 when comparing with the base year",
              example = "120000000")
          BigDecimal averageMonthlyQuantity) {}

  @Schema(name = "IipValueAdded")
  public record ValueAdded(
      @NotBlank
          @Size(max = VsicLevel.CODE_MAX)
          @Schema(
              description = "VSIC class (4 digits), division (2) or section (letter)",
              example = "3511")
          String vsicCode,
      @NotNull
          @Schema(
              description =
                  "Base-year value added (VND): the weight of the class, division or section",
              example = "820000000000")
          BigDecimal valueAddedVnd) {}
}
