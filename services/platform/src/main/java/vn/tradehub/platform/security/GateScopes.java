package vn.tradehub.platform.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Copies the {@code gates} claim of a token into the identity's {@code gates} attribute, so the
 * rest of the code reads gate scopes the same way whatever authenticated the caller.
 */
@ApplicationScoped
public class GateScopes implements SecurityIdentityAugmentor {
  public static final String ATTRIBUTE = "gates";

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()
        || identity.getAttribute(ATTRIBUTE) != null
        || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .item(QuarkusSecurityIdentity.builder(identity).addAttribute(ATTRIBUTE, of(jwt)).build());
  }

  /** The gate scopes a token carries (none when it has no {@code gates} claim). */
  public static Set<String> of(JsonWebToken jwt) {
    Object claim = jwt.getClaim(ATTRIBUTE);
    if (claim instanceof Collection<?> c)
      return c.stream().map(o -> o.toString().replace("\"", "")).collect(Collectors.toSet());
    if (claim instanceof jakarta.json.JsonArray a)
      return a.stream().map(v -> v.toString().replace("\"", "")).collect(Collectors.toSet());
    return Set.of();
  }
}
