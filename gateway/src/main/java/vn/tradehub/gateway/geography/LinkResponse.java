package vn.tradehub.gateway.geography;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tradehub.geography.Succession;

/** A succession link: a unit of the other side of a reform, and how much of the old one it is. */
@Schema(name = "SuccessionLink")
public record LinkResponse(
    UnitResponse unit,
    @Schema(
            description =
                "How much of the predecessor lies in the successor: WHOLE, or PART when the old"
                    + " unit was split",
            example = "WHOLE")
        String share,
    @Schema(
            description = "LISTED in the official lists, or DERIVED from them (provinces)",
            example = "LISTED")
        String basis,
    @Schema(description = "What the source says about the link; empty when nothing", example = "")
        String note) {

  static LinkResponse predecessor(Succession s) {
    return new LinkResponse(
        UnitResponse.of(s.predecessor()), s.share().name(), s.basis().name(), s.note());
  }

  static LinkResponse successor(Succession s) {
    return new LinkResponse(
        UnitResponse.of(s.successor()), s.share().name(), s.basis().name(), s.note());
  }
}
