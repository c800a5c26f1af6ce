package vn.tradehub.commerce.market;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.tradehub.platform.codelist.CodeEntity;
import vn.tradehub.platform.geo.Location;

/** A market (chợ) of the province. */
@Entity
@Table(name = "market")
public class Market extends CodeEntity {
  public enum MarketClass {
    I,
    II,
    III
  }

  public enum ManagementModel {
    MANAGEMENT_BOARD,
    ENTERPRISE,
    COOPERATIVE
  }

  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "MarketStatus")
  public enum Status {
    ACTIVE,
    CLOSED
  }

  /** Where the market lay, period by period: communes (before 2025-07 possibly a district). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "market_location", joinColumns = @JoinColumn(name = "market_code"))
  @OrderColumn(name = "idx")
  public List<Location> locations = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "market_class")
  public MarketClass marketClass;

  @Column(name = "border_market")
  public boolean borderMarket;

  @Enumerated(EnumType.STRING)
  @Column(name = "management_model")
  public ManagementModel managementModel;

  @Column(name = "management_model_since")
  public LocalDate managementModelSince;

  @Enumerated(EnumType.STRING)
  public Status status;

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;
}
