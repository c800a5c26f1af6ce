package vn.tradehub.industry.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class ReportLine {
  @Column(name = "product_code")
  public String productCode;

  public BigDecimal quantity;

  @Column(name = "output_value_current")
  public BigDecimal outputValueCurrent;

  @Column(name = "output_value_constant")
  public BigDecimal outputValueConstant;

  public ReportLine() {}

  public ReportLine(
      String productCode, BigDecimal quantity, BigDecimal current, BigDecimal constant) {
    this.productCode = productCode;
    this.quantity = quantity;
    this.outputValueCurrent = current;
    this.outputValueConstant = constant;
  }
}
