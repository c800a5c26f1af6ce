package vn.tradehub.industry.enterprise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.tradehub.platform.geo.Location;

/** An industrial enterprise, identified by its tax code (MST), with where it lay when. */
@Entity
@Table(name = "enterprise")
public class Enterprise extends PanacheEntityBase {
  @Id
  @Column(name = "tax_code")
  public String taxCode;

  public String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "enterprise_location", joinColumns = @JoinColumn(name = "tax_code"))
  @BatchSize(size = 200)
  public List<Location> locations = new ArrayList<>();

  @Column(name = "cluster_code")
  public String clusterCode;

  @Column(name = "main_vsic_class")
  public String mainVsicClass;

  @Version public long version;
}
