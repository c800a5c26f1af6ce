package vn.tradehub.commerce.retail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tradehub.platform.figures.FigureStatus;

/**
 * A unit's monthly retail report; the natural key is (unit, period): a district until 2025-06, a
 * commune from 2025-07, by its official code (a code and a month name one unit).
 */
@Entity
@Table(name = "retail_report")
public class RetailReport extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "unit_code")
  public String unitCode;

  /** YYYY-MM */
  public String period;

  @Enumerated(EnumType.STRING)
  public FigureStatus status;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Version public long version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "retail_report_line", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "line_no")
  @org.hibernate.annotations.BatchSize(size = 100)
  public List<RetailReportLine> lines = new ArrayList<>();

  public static Optional<RetailReport> byKey(String unitCode, String period) {
    return find("unitCode = ?1 and period = ?2", unitCode, period).firstResultOptional();
  }

  public BigDecimal total() {
    return lines.stream().map(l -> l.valueVnd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public String key() {
    return unitCode + "/" + period;
  }
}
