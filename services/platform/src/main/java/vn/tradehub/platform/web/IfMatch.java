package vn.tradehub.platform.web;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.concurrency.Versions;

/**
 * The precondition of a write that can only change an existing resource (an amendment, a deletion,
 * a retirement): {@code @BeanParam IfMatch ifMatch}, then {@code ifMatch.conditions()}. A PUT that
 * may also create takes {@link Conditions} instead.
 */
public class IfMatch {
  @HeaderParam("If-Match")
  @Size(max = Versions.MAX_IF_MATCH_LENGTH)
  @Parameter(
      description = "The ETag you read (428 without it, 412 when it is not the current one)",
      example = "\"3\"")
  String value;

  public Conditions conditions() {
    return Conditions.of(value, null);
  }
}
