package vn.tradehub.bordertrade.hs;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HsCode")
public record HsCodeResponse(
    @Schema(example = "09022090") String code,
    @Schema(
            description =
                "Description of the code itself (for 8-10 digit national codes, of its 6-digit subheading)")
        String description,
    Level subheading,
    Level heading,
    Level chapter,
    Level section) {

  @Schema(name = "HsLevel")
  public record Level(
      @Schema(example = "0902") String code,
      @Schema(example = "Tea, whether or not flavoured") String description) {}
}
