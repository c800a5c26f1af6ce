package vn.tradehub.industry.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tradehub.platform.codelist.CodeEntity;
import vn.tradehub.platform.figures.Unit;

/** An industrial product that enterprises report, with its unit and VSIC 4-digit class. */
@Entity
@Table(name = "product")
public class Product extends CodeEntity {

  @Enumerated(EnumType.STRING)
  public Unit unit;

  @Column(name = "vsic_class")
  public String vsicClass;
}
