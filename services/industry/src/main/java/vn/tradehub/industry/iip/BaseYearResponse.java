package vn.tradehub.industry.iip;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IipBaseYear")
public record BaseYearResponse(
    @Schema(example = "2015") int year,
    @Schema(example = "0") long version,
    OffsetDateTime updatedAt,
    List<BaseYearRequest.Product> products,
    List<BaseYearRequest.ValueAdded> valueAdded) {

  static BaseYearResponse of(BaseYear b) {
    return new BaseYearResponse(
        b.year,
        b.version,
        b.updatedAt,
        b.products.stream()
            .map(
                p ->
                    new BaseYearRequest.Product(
                        p.productCode, p.outputValueVnd, p.averageMonthlyQuantity))
            .sorted(java.util.Comparator.comparing(BaseYearRequest.Product::productCode))
            .toList(),
        b.valueAdded.stream()
            .map(v -> new BaseYearRequest.ValueAdded(v.vsicCode, v.valueAddedVnd))
            .sorted(java.util.Comparator.comparing(BaseYearRequest.ValueAdded::vsicCode))
            .toList());
  }
}
