package vn.tradehub.commerce.reference;

/** The three admin-managed code lists of the commerce service. */
public enum ReferenceKind {
  DISTRICT(District.class, "District"),
  RETAIL_CATEGORY(RetailCategory.class, "Retail category"),
  OWNERSHIP_SECTOR(OwnershipSector.class, "Ownership sector");

  private final Class<? extends ReferenceItem> entity;
  private final String label;

  ReferenceKind(Class<? extends ReferenceItem> entity, String label) {
    this.entity = entity;
    this.label = label;
  }

  public Class<? extends ReferenceItem> entity() {
    return entity;
  }

  public String label() {
    return label;
  }

  ReferenceItem newItem() {
    try {
      return entity.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
