package vn.tradehub.bordertrade.hs;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HsCode")
public record HsCodeResponse(
    @Schema(example = "09022090") String code,
    @Schema(
            description =
                "Whether a shipment line may carry this code: false for chapter 99, a statistical"
                    + " code of UN Comtrade")
        boolean declarable,
    @Schema(
            description = "Why a shipment line may not carry this code; absent when it may",
            example = "Chapter 99 is a statistical code of UN Comtrade, not a heading")
        String note,
    @Schema(
            description =
                "Description of the code itself (for 8-10 digit national codes, of its 6-digit subheading)",
            example = "Green tea (not fermented), in packings exceeding 3 kg")
        String description,
    @Schema(description = "Absent for a chapter or a heading") Level subheading,
    @Schema(description = "Absent for a chapter") Level heading,
    Level chapter,
    @Schema(description = "Absent for chapter 99, which belongs to no HS section") Level section) {

  @Schema(name = "HsLevel")
  public record Level(
      @Schema(example = "0902") String code, @Schema(example = "Tea") String description) {}
}
