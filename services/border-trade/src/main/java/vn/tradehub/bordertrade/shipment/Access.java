package vn.tradehub.bordertrade.shipment;

import java.util.Set;
import vn.tradehub.platform.security.Caller;

/** What a caller may do with shipments: who they are and, for gate clients, which gates. */
public record Access(String by, boolean gateScoped, Set<String> gates, boolean seesAuthors) {

  public static Access of(Caller caller) {
    return new Access(caller.name(), caller.gateScoped(), caller.gates(), caller.seesAuthors());
  }

  /** The service itself (demo loader): every gate. */
  public static Access system(String name) {
    return new Access(name, false, Set.of(), true);
  }

  public boolean mayAccess(String gate) {
    return !gateScoped || gates.contains(gate);
  }
}
