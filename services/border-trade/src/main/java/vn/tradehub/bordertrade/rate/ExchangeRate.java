package vn.tradehub.bordertrade.rate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A rate, addressed by currency and validFrom (unique); the id is the row's own. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate extends PanacheEntityBase {
  @Id public UUID id;
  public String currency;

  @Column(name = "units_per_usd")
  public BigDecimal unitsPerUsd;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  public String source;

  @Version public long version;
}
