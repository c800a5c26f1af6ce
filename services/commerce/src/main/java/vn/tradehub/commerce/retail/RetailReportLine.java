package vn.tradehub.commerce.retail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class RetailReportLine {
  @Column(name = "category_code")
  public String category;

  @Column(name = "ownership_code")
  public String ownership;

  /** Whole đồng. */
  @Column(name = "value_vnd")
  public BigDecimal valueVnd;

  public RetailReportLine() {}

  public RetailReportLine(String category, String ownership, BigDecimal valueVnd) {
    this.category = category;
    this.ownership = ownership;
    this.valueVnd = valueVnd;
  }
}
