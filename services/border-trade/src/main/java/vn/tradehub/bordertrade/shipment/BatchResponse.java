package vn.tradehub.bordertrade.shipment;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of a batch upload, and what happened to each line. */
@Schema(name = "BatchResult")
public record BatchResponse(
    @Schema(example = "9998") int created,
    @Schema(example = "2") int replayed,
    @Schema(example = "0") int rejected,
    List<Line> lines) {
  @Schema(name = "BatchLine")
  public record Line(
      @Schema(example = "1") int row,
      UUID id,
      @Schema(example = "CREATED") ShipmentService.Outcome outcome) {}
}
