package vn.tradehub.bordertrade.gate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tradehub.platform.geo.Location;

@Entity
@Table(name = "border_gate")
public class BorderGate extends PanacheEntityBase {
  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  @Enumerated(EnumType.STRING)
  public GateKind kind;

  /** The communes the gate lay in, by period (issue 14: no free-text district any more). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "border_gate_location", joinColumns = @JoinColumn(name = "gate_code"))
  public List<Location> locations = new ArrayList<>();

  @Column(name = "paired_gate")
  public String pairedGate;

  @Column(name = "paired_county")
  public String pairedCounty;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Version public long version;

  /** The location periods in order (the open past first); the table keeps no order. */
  public List<Location> history() {
    return Location.sorted(locations);
  }

  public boolean validOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }
}
