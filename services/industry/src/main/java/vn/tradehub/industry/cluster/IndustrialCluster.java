package vn.tradehub.industry.cluster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.tradehub.platform.codelist.CodeEntity;
import vn.tradehub.platform.geo.Location;

/** An industrial cluster (cụm công nghiệp): planned and occupied land, and where it lies. */
@Entity
@Table(name = "industrial_cluster")
public class IndustrialCluster extends CodeEntity {
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ClusterStatus")
  public enum Status {
    PLANNED,
    UNDER_CONSTRUCTION,
    OPERATING,
    SUSPENDED
  }

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cluster_location", joinColumns = @JoinColumn(name = "cluster_code"))
  @BatchSize(size = 200)
  public List<Location> locations = new ArrayList<>();

  @Column(name = "planned_area_ha")
  public BigDecimal plannedAreaHa;

  @Column(name = "occupied_area_ha")
  public BigDecimal occupiedAreaHa;

  @Enumerated(EnumType.STRING)
  public Status status;
}
