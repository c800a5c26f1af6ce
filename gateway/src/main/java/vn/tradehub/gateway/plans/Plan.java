package vn.tradehub.gateway.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** A territory's plan for a year: the Department's targets for the indicators. */
@Entity
@Table(name = "plan")
@IdClass(Plan.Key.class)
public class Plan extends PanacheEntityBase {
  /** The territory pinned to its period, as Territory writes it: 08@2025-07-01, 02@2025-06-30. */
  @Id public String territory;

  @Id public int year;

  /** A plan's identity. */
  public static class Key implements Serializable {
    public String territory;
    public int year;

    public Key() {}

    public Key(String territory, int year) {
      this.territory = territory;
      this.year = year;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.year == year
          && java.util.Objects.equals(k.territory, territory);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(territory, year);
    }
  }

  @Version public long version;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "plan_target",
      joinColumns = {
        @JoinColumn(name = "territory", referencedColumnName = "territory"),
        @JoinColumn(name = "year", referencedColumnName = "year")
      })
  @OrderBy("indicatorCode")
  public List<Target> targets = new ArrayList<>();

  @Embeddable
  public static class Target {
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_code")
    public IndicatorCode indicatorCode;

    @Enumerated(EnumType.STRING)
    public TargetKind kind;

    public BigDecimal value;
    public String unit;

    PlanTarget view() {
      return new PlanTarget(indicatorCode, kind, PlanService.strip(value), unit);
    }

    static Target of(PlanTarget t) {
      Target r = new Target();
      r.indicatorCode = t.indicatorCode();
      r.kind = t.kind();
      r.value = t.value();
      r.unit = t.unit();
      return r;
    }
  }
}
