package vn.tradehub.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified once and remembered until they expire, instead of parsing and checking
 * their RS256 signature on every request (the gateway sends each caller's token for 30 s; the
 * profile of a post showed verification and the exception smallrye-jwt builds for the custom {@code
 * gates} claim as about 8 % of border-trade's CPU).
 *
 * <p>A token string is the cache key, signature included, so only the exact bytes that were
 * verified are trusted again; a hit is refused once the token's {@code exp} has passed (without the
 * verifier's clock skew, so it is never more lenient than the verifier). Tokens carry no
 * revocation: a verified, unexpired token is as valid on its second use as on its first. A miss, or
 * a token that failed, goes to smallrye-jwt's own validator, which also keeps its rules for remote
 * keys (blocking verification).
 */
@ApplicationScoped
@Unremovable // found by the security manager's lookup of providers, never injected by type
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {
  private record Verified(JsonWebToken jwt, Set<String> gates, long expiresAtSeconds) {}

  private final MpJwtValidator validator;
  private final Cache<String, Verified> verified;
  private final Clock clock;

  private final Counter verifications;

  @Inject
  public VerifiedTokens(MpJwtValidator validator, TokenCacheConfig config, MeterRegistry registry) {
    this(validator, config, registry, Clock.systemUTC());
  }

  VerifiedTokens(
      MpJwtValidator validator, TokenCacheConfig config, MeterRegistry registry, Clock clock) {
    this.validator = validator;
    this.clock = clock;
    this.verifications =
        Counter.builder("tradehub.security.tokens.verified")
            .description("Bearer tokens verified by smallrye-jwt (a token seen again is not)")
            .register(registry);
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(config.maxTokens())
            // exp is checked on every hit; this only bounds how long an idle entry stays
            .expireAfterWrite(config.maxAge())
            .build();
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  /**
   * Before smallrye-jwt's validator, which it calls on a miss: providers are tried from the highest
   * priority down, and the validator has the default (1001).
   */
  @Override
  public int priority() {
    return 2000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String token = request.getToken().getToken();
    Verified hit = verified.getIfPresent(token);
    if (hit != null) {
      if (clock.instant().getEpochSecond() < hit.expiresAtSeconds())
        return Uni.createFrom().item(identity(hit, request));
      verified.invalidate(token);
    }
    verifications.increment();
    return validator
        .authenticate(request, context)
        .map(
            identity -> {
              if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt))
                return identity;
              Verified v = new Verified(jwt, GateScopes.of(jwt), jwt.getExpirationTime());
              if (v.expiresAtSeconds() > 0) verified.put(token, v);
              return identity(v, request);
            });
  }

  /** The identity as smallrye-jwt's validator builds it, with the gate scopes already read. */
  private static SecurityIdentity identity(Verified v, TokenAuthenticationRequest request) {
    QuarkusSecurityIdentity.Builder b =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(v.jwt())
            .addCredential(request.getToken())
            .addRoles(v.jwt().getGroups())
            .addAttribute("quarkus.user", v.jwt())
            .addAttribute(GateScopes.ATTRIBUTE, v.gates());
    RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
    if (ctx != null) b.addAttribute(RoutingContext.class.getName(), ctx);
    return b.build();
  }

  /** Tokens remembered now. */
  public long remembered() {
    verified.cleanUp();
    return verified.estimatedSize();
  }
}
