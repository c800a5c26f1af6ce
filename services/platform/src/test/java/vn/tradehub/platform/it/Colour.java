package vn.tradehub.platform.it;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** A code list of the platform's test app. */
@Entity
public class Colour extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  public BigDecimal share;

  @Version public long version;
}
