package vn.tradehub.commerce.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** A coded reference entry with Vietnamese and English names; each kind has its own table. */
@MappedSuperclass
public abstract class ReferenceItem extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Version public long version;
}
