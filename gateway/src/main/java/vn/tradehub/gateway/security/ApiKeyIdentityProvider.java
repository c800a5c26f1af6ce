package vn.tradehub.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.tradehub.platform.security.GateScopes;

/** Turns a valid API key into an identity with the key's roles and gate scopes. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {
  private final ApiKeyStore store;

  public ApiKeyIdentityProvider(ApiKeyStore store) {
    this.store = store;
  }

  @Override
  public Class<ApiKeyRequest> getRequestType() {
    return ApiKeyRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      ApiKeyRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> {
          ApiKeyStore.Verified key =
              store
                  .verify(request.key())
                  .orElseThrow(() -> new AuthenticationFailedException("invalid API key"));
          return QuarkusSecurityIdentity.builder()
              .setPrincipal(new QuarkusPrincipal(key.name()))
              .addRoles(key.roles())
              .addAttribute(GateScopes.ATTRIBUTE, key.gates())
              .addAttribute("clientId", key.keyId())
              .build();
        });
  }
}
