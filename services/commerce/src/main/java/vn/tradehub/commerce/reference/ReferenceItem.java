package vn.tradehub.commerce.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A coded reference entry with Vietnamese and English names. */
@MappedSuperclass
public abstract class ReferenceItem {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Version public long version;
}
