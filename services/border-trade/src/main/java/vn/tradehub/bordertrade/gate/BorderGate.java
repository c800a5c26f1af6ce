package vn.tradehub.bordertrade.gate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tradehub.platform.codelist.CodeEntity;
import vn.tradehub.platform.geo.Location;

@Entity
@Table(name = "border_gate")
public class BorderGate extends CodeEntity {

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

  /** The location periods in order (the open past first); the table keeps no order. */
  public List<Location> history() {
    return Location.sorted(locations);
  }

  public boolean validOn(LocalDate date) {
    return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
  }
}
