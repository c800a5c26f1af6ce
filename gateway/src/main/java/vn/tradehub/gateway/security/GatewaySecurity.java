package vn.tradehub.gateway.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.jwt.build.Jwt;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.tradehub.gateway.routing.ServiceProxy;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemMappers;
import vn.tradehub.platform.security.GateScopes;

/**
 * The gateway's side of security: per-client rate limits (token buckets from Bucket4j), and the
 * short-lived signed token that carries the caller's identity, roles and gate scopes to a service,
 * which verifies it and enforces authorisation itself.
 */
@ApplicationScoped
public class GatewaySecurity {
  public static final String ISSUER = "urn:tradehub:gateway";
  public static final String AUDIENCE = "tradehub-services";

  /** Whether to go on, or the problem to answer with. */
  public record Decision(Problem problem, Map<String, String> headers) {
    static final Decision PASS = new Decision(null, Map.of());
  }

  private record Minted(String token, long expiresAtNanos) {}

  private final SecurityConfig config;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, Minted> tokens = new ConcurrentHashMap<>();

  private final Counter minted;
  private final ObjectMapper mapper;

  public GatewaySecurity(SecurityConfig config, MeterRegistry registry, ObjectMapper mapper) {
    this.config = config;
    this.mapper = mapper;
    this.minted =
        Counter.builder("tradehub.gateway.service.tokens.minted")
            .description("Tokens signed for the services (RSA: each costs milliseconds of CPU)")
            .register(registry);
  }

  /** Applies the caller's rate limit. */
  public Decision admit(SecurityIdentity identity, RoutingContext ctx) {
    String client;
    int perMinute;
    if (identity == null || identity.isAnonymous()) {
      client =
          "ip:"
              + (ctx.request().remoteAddress() == null
                  ? "?"
                  : ctx.request().remoteAddress().host());
      perMinute = config.anonymousRatePerMinute();
    } else {
      client = "id:" + identity.getPrincipal().getName();
      perMinute =
          identity.getRoles().stream()
              .map(r -> config.ratePerMinute().getOrDefault(r, 0))
              .max(Integer::compare)
              .orElse(config.anonymousRatePerMinute());
    }
    int limit = Math.max(1, perMinute);
    Bucket bucket =
        buckets.computeIfAbsent(
            client + "/" + limit,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(limit)
                            .refillGreedy(limit, Duration.ofMinutes(1))
                            .build())
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    ctx.response().putHeader("RateLimit-Limit", Integer.toString(limit));
    ctx.response().putHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
    // Greedy refill: the bucket is whole again when the missing tokens have trickled back.
    long missing = limit - probe.getRemainingTokens();
    ctx.response().putHeader("RateLimit-Reset", Long.toString((missing * 60 + limit - 1) / limit));
    if (probe.isConsumed()) return Decision.PASS;
    long retryAfter =
        Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    return new Decision(
        new Problem(
            "/problems/rate-limited",
            "Too many requests",
            429,
            "The rate limit of " + limit + " requests per minute is used up",
            null,
            null,
            null),
        Map.of("Retry-After", Long.toString(retryAfter)));
  }

  /**
   * Credentials that did not check out count against the address's anonymous allowance (so keys
   * cannot be guessed at full speed), then answer 401.
   */
  public Decision admitRejected(Throwable failure, RoutingContext ctx) {
    Decision limited = admit(null, ctx);
    return limited.problem() != null ? limited : rejected(failure);
  }

  /**
   * The gateway's own operations ({@code /api/v1/province/...}) take the same rate limit as the
   * routed ones, before the REST layer sees them.
   */
  void install(@Observes Router router) {
    router
        .route("/api/v1/province/*")
        .order(-10)
        .handler(
            ctx ->
                QuarkusHttpUser.getSecurityIdentity(ctx, null)
                    .subscribe()
                    .with(
                        identity -> proceedOr(ctx, admit(identity, ctx)),
                        failure -> proceedOr(ctx, admitRejected(failure, ctx))));
  }

  private void proceedOr(RoutingContext ctx, Decision decision) {
    if (decision.problem() == null) ctx.next();
    else ServiceProxy.respondProblem(ctx, decision.problem(), decision.headers(), mapper);
  }

  /** 401 for credentials that did not check out. */
  public Decision rejected(Throwable failure) {
    return new Decision(
        new Problem(
            "/problems/unauthorized",
            "Unauthorized",
            401,
            "The API key or token is invalid, expired or revoked",
            null,
            null,
            null),
        Map.of("WWW-Authenticate", ProblemMappers.CHALLENGE));
  }

  /** The token a service receives for this caller, or null for an anonymous caller. */
  public String serviceToken(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) return null;
    Set<String> roles = new TreeSet<>(identity.getRoles());
    Set<String> gates = new TreeSet<>(gates(identity));
    String name = identity.getPrincipal().getName();
    String cacheKey = name + "|" + roles + "|" + gates;
    long now = System.nanoTime();
    Minted cached = tokens.get(cacheKey);
    // Reused for half its lifetime, so a service never receives a token about to expire.
    if (cached != null
        && cached.expiresAtNanos() - now > config.serviceTokenLifetime().toNanos() / 2)
      return cached.token();
    String token =
        Jwt.issuer(ISSUER)
            .audience(AUDIENCE)
            .subject(name)
            .upn(name)
            .groups(roles)
            .claim(GateScopes.ATTRIBUTE, gates)
            .expiresIn(config.serviceTokenLifetime())
            .sign();
    minted.increment();
    tokens.put(cacheKey, new Minted(token, now + config.serviceTokenLifetime().toNanos()));
    return token;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> gates(SecurityIdentity identity) {
    Object g = identity.getAttribute(GateScopes.ATTRIBUTE);
    return g instanceof Set<?> s ? (Set<String>) s : Set.of();
  }
}
