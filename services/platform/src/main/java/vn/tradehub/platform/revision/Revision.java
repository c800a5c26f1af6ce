package vn.tradehub.platform.revision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One revision of an aggregate: the state after the change, and what changed from before. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Revision")
public record Revision(
    @Schema(example = "2") long version,
    @Schema(example = "AMENDED") String change,
    OffsetDateTime changedAt,
    @Schema(example = "gate-thanh-thuy") String changedBy,
    @Schema(description = "Every field that changed, by JSON path") List<FieldChange> changes,
    @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            description = "The whole resource as it was after this revision")
        JsonNode snapshot) {

  @Schema(name = "FieldChange")
  public record FieldChange(
      @Schema(example = "quantity") String field,
      @Schema(description = "The value before (any JSON value)", example = "12000") JsonNode from,
      @Schema(description = "The value after (any JSON value)", example = "12500") JsonNode to) {}
}
