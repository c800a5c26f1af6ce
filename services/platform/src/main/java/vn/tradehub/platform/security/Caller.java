package vn.tradehub.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/** Who is making the current request: name, roles and gate scopes. */
@RequestScoped
public class Caller {
  private final SecurityIdentity identity;

  public Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  /**
   * True when the caller is limited to some border gates: a GATE client that is neither customs nor
   * admin.
   */
  public boolean gateScoped() {
    return identity.hasRole(Roles.GATE)
        && !identity.hasRole(Roles.CUSTOMS)
        && !identity.hasRole(Roles.ADMIN);
  }

  /** The gates of a gate-scoped caller (empty when it has none). */
  @SuppressWarnings("unchecked")
  public Set<String> gates() {
    Object gates = identity.getAttribute(GateScopes.ATTRIBUTE);
    if (gates instanceof Set<?> s) return (Set<String>) s;
    if (gates instanceof String s) return Set.of(s.split(","));
    return Set.of();
  }

  /** Whether the caller may see or change figures of this gate. */
  public boolean mayAccessGate(String gate) {
    return !gateScoped() || gates().contains(gate);
  }

  /** Readers see figures, not who posted them. */
  public boolean seesAuthors() {
    return identity.hasRole(Roles.ADMIN)
        || identity.hasRole(Roles.CUSTOMS)
        || identity.hasRole(Roles.GATE)
        || identity.hasRole(Roles.STATISTICS);
  }
}
