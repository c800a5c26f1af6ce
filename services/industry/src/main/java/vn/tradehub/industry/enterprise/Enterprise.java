package vn.tradehub.industry.enterprise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An industrial enterprise, identified by its tax code (MST). */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {
  @Id
  @Column(name = "tax_code")
  public String taxCode;

  public String name;
  public String district;

  @Column(name = "cluster_code")
  public String clusterCode;

  @Column(name = "main_vsic_class")
  public String mainVsicClass;

  @Version public long version;
}
