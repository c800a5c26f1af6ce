package vn.tradehub.industry.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.tradehub.platform.figures.Unit;

/** An industrial product that enterprises report, with its unit and VSIC 4-digit class. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Enumerated(EnumType.STRING)
  public Unit unit;

  @Column(name = "vsic_class")
  public String vsicClass;

  @Version public long version;
}
