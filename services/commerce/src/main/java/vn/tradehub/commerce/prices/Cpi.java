package vn.tradehub.commerce.prices;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The consumer price index of one month against the service's base (e.g. 2010 = 100). */
@Entity
@Table(name = "cpi")
public class Cpi extends PanacheEntityBase {
  /** YYYY-MM */
  @Id public String period;

  public String base;

  @Column(name = "index_value")
  public BigDecimal indexValue;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Version public long version;
}
