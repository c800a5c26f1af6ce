package vn.tradehub.industry.village;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A village (thôn, bản); border villages are tracked for the rural-electrification criterion. */
@Entity
@Table(name = "village")
public class Village extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  public String commune;
  public String district;
  public boolean border;

  @Column(name = "electrified_on")
  public LocalDate electrifiedOn;

  @Version public long version;
}
