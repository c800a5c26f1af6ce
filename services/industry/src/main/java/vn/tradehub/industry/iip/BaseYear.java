package vn.tradehub.industry.iip;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The IIP weights of one province's base year. Several base years coexist per province. */
@Entity
@Table(name = "iip_base_year")
@IdClass(BaseYear.Key.class)
public class BaseYear extends PanacheEntityBase {
  /** The years the table accepts (a base year is also not after the current year). */
  public static final int MIN_YEAR = 1990;

  public static final int MAX_YEAR = 2100;

  /** The province, as its pinned reference ({@code 02@2025-06-30}). */
  @Id public String territory;

  @Id public Integer year;

  @Version public long version;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @ElementCollection
  @CollectionTable(
      name = "iip_product_weight",
      joinColumns = {
        @JoinColumn(name = "territory", referencedColumnName = "territory"),
        @JoinColumn(name = "year", referencedColumnName = "year")
      })
  public List<ProductWeight> products = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "iip_value_added",
      joinColumns = {
        @JoinColumn(name = "territory", referencedColumnName = "territory"),
        @JoinColumn(name = "year", referencedColumnName = "year")
      })
  public List<ValueAdded> valueAdded = new ArrayList<>();

  /** The key: province and year. */
  public static class Key implements Serializable {
    public String territory;
    public Integer year;

    public Key() {}

    public Key(String territory, Integer year) {
      this.territory = territory;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(territory, k.territory)
          && Objects.equals(year, k.year);
    }

    @Override
    public int hashCode() {
      return Objects.hash(territory, year);
    }

    @Override
    public String toString() {
      return territory + "/" + year;
    }
  }

  @Embeddable
  public static class ProductWeight {
    @Column(name = "product_code")
    public String productCode;

    @Column(name = "output_value_vnd")
    public BigDecimal outputValueVnd;

    @Column(name = "average_monthly_quantity")
    public BigDecimal averageMonthlyQuantity;
  }

  @Embeddable
  public static class ValueAdded {
    @Column(name = "vsic_code")
    public String vsicCode;

    @Column(name = "value_added_vnd")
    public BigDecimal valueAddedVnd;
  }
}
