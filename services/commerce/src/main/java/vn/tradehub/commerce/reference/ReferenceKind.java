package vn.tradehub.commerce.reference;

import java.util.function.Supplier;
import vn.tradehub.platform.aggregate.AggregateType;

/**
 * The admin-managed code lists of the commerce service. Each is an aggregate of its own (its name
 * in the revision history is the constant's name, as before). The districts were one until the 2025
 * reform; the administrative units are now the geography library's.
 */
public enum ReferenceKind {
  RETAIL_CATEGORY(RetailCategory.class, RetailCategory::new, "Retail category"),
  OWNERSHIP_SECTOR(OwnershipSector.class, OwnershipSector::new, "Ownership sector");

  private final Class<? extends ReferenceItem> entity;
  private final Supplier<? extends ReferenceItem> create;
  private final AggregateType<ReferenceItem, ReferenceItemResponse> type;

  @SuppressWarnings("unchecked")
  ReferenceKind(
      Class<? extends ReferenceItem> entity,
      Supplier<? extends ReferenceItem> create,
      String label) {
    this.entity = entity;
    this.create = create;
    // Every kind has the same fields, so one view and one version accessor serve them all.
    this.type =
        AggregateType.of(
            name(),
            label,
            (Class<ReferenceItem>) entity,
            ReferenceItemResponse::of,
            i -> i.version);
  }

  Class<? extends ReferenceItem> entity() {
    return entity;
  }

  AggregateType<ReferenceItem, ReferenceItemResponse> type() {
    return type;
  }

  ReferenceItem newItem() {
    return create.get();
  }
}
