package vn.tradehub.commerce.reference;

import vn.tradehub.platform.aggregate.AggregateType;

/**
 * The admin-managed code lists of the commerce service. Each is an aggregate of its own (its name
 * in the revision history is the constant's name, as before). The districts were one until the 2025
 * reform; the administrative units are now the geography library's.
 */
public enum ReferenceKind {
  RETAIL_CATEGORY(RetailCategory.class, "Retail category"),
  OWNERSHIP_SECTOR(OwnershipSector.class, "Ownership sector");

  private final Class<? extends ReferenceItem> entity;
  private final AggregateType<ReferenceItem, ReferenceItemResponse> type;

  @SuppressWarnings("unchecked")
  ReferenceKind(Class<? extends ReferenceItem> entity, String label) {
    this.entity = entity;
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
}
