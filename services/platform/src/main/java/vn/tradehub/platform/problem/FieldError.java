package vn.tradehub.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One failing field of a request, or of one row of a batch upload. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError")
public record FieldError(
    @Schema(example = "hsCode") String field,
    @Schema(example = "6-digit prefix 999999 is not in the HS nomenclature") String message,
    @Schema(example = "99999911") Object rejectedValue,
    @Schema(description = "1-based data row of a batch upload (header excluded)", example = "17")
        Integer row) {

  public static FieldError of(String field, String message, Object rejectedValue) {
    return new FieldError(field, message, rejectedValue, null);
  }

  public FieldError atRow(int row) {
    return new FieldError(field, message, rejectedValue, row);
  }
}
