package vn.tradehub.industry.vsic;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A VSIC 2018 section, division or class. */
@Entity
@Table(name = "vsic")
public class VsicNode extends PanacheEntityBase {
  @Id public String code;

  @Enumerated(EnumType.STRING)
  public VsicLevel level;

  @Column(name = "parent_code")
  public String parentCode;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Version public long version;
}
