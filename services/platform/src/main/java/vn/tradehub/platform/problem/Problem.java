package vn.tradehub.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the one error shape of every service and the gateway. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem details (media type application/problem+json). Validation problems list"
            + " every failing field in `errors`; batch uploads add the `row` of each entry.")
public record Problem(
    @Schema(description = "URI reference naming the problem type", example = "/problems/validation")
        String type,
    @Schema(example = "Request validation failed") String title,
    @Schema(example = "422") int status,
    @Schema(example = "2 fields are invalid") String detail,
    @Schema(example = "/api/v1/border-trade/shipments") String instance,
    @Schema(
            description = "Correlation id of the request, also in the X-Request-Id header and logs",
            example = "6f1c2a0e-8d1b-4c55-9a43-3d1f2f4e9b10")
        String requestId,
    List<FieldError> errors) {

  public Problem withRequest(String instance, String requestId) {
    return new Problem(type, title, status, detail, instance, requestId, errors);
  }
}
