package vn.tradehub.industry.report;

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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.tradehub.platform.figures.FigureStatus;

/** One enterprise's production in one month; the natural key is (tax code, period). */
@Entity
@Table(name = "production_report")
public class ProductionReport extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "tax_code")
  public String taxCode;

  /** YYYY-MM. */
  public String period;

  @Enumerated(EnumType.STRING)
  public FigureStatus status;

  /** The unit the enterprise was located in on the report's month: where its figures lie. */
  @Column(name = "unit_code")
  public String unitCode;

  @Version public long version;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "production_line", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "line_no")
  public List<ReportLine> lines = new ArrayList<>();

  public static ProductionReport find(String taxCode, String period) {
    return find("taxCode = ?1 and period = ?2", taxCode, period).firstResult();
  }
}
