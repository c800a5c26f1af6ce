package vn.tradehub.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is making the current request, as recorded in {@code recordedBy} and the audit trail. */
@RequestScoped
public class Caller {
  private final SecurityIdentity identity;

  public Caller(SecurityIdentity identity) {
    this.identity = identity;
  }

  public String name() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }
}
