package vn.tradehub.platform.codelist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entry of a code list kept in a table of its own: its code, its Vietnamese and English names
 * (columns {@code code}, {@code name_vi}, {@code name_en}) and the version its ETag carries.
 */
@MappedSuperclass
public abstract class CodeEntity extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Version public long version;
}
