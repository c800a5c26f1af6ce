package vn.tradehub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.MpJwtValidator;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

/**
 * The verified-token cache: a token is verified once and trusted again only while it has not
 * expired; a token that failed is never remembered; another token string (another signature) is
 * verified on its own.
 */
class VerifiedTokensTest {
  static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

  /** Stands in for smallrye-jwt's validator: counts verifications, fails on tokens it is told. */
  static final class CountingValidator extends MpJwtValidator {
    final AtomicInteger calls = new AtomicInteger();
    final Map<String, Long> expiries;
    final Clock clock;

    CountingValidator(Map<String, Long> expiries, Clock clock) {
      this.expiries = expiries;
      this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        TokenAuthenticationRequest request, AuthenticationRequestContext context) {
      calls.incrementAndGet();
      String token = request.getToken().getToken();
      Long exp = expiries.get(token);
      if (exp == null || clock.instant().getEpochSecond() >= exp)
        return Uni.createFrom().failure(new AuthenticationFailedException("refused"));
      JwtClaims claims = new JwtClaims();
      claims.setSubject("gate-client");
      claims.setClaim("upn", "gate-client");
      claims.setStringListClaim("groups", List.of("GATE"));
      claims.setStringListClaim("gates", List.of("THANH_THUY"));
      claims.setExpirationTimeMinutesInTheFuture(0);
      claims.setClaim("exp", exp);
      return Uni.createFrom()
          .item(
              QuarkusSecurityIdentity.builder()
                  .setPrincipal(new DefaultJWTCallerPrincipal(token, "JWT", claims))
                  .addRoles(Set.of("GATE"))
                  .build());
    }
  }

  static final class MovableClock extends Clock {
    Instant now = NOW;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static final AuthenticationRequestContext BLOCKING =
      new AuthenticationRequestContext() {
        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
          return Uni.createFrom().item(function);
        }
      };

  static final TokenCacheConfig CONFIG =
      new TokenCacheConfig() {
        @Override
        public long maxTokens() {
          return 100;
        }

        @Override
        public Duration maxAge() {
          return Duration.ofMinutes(10);
        }
      };

  @Test
  void itIsTriedBeforeSmallryeJwtsOwnValidator() {
    // Providers run from the highest priority down; the validator keeps the default.
    assertThat(
            new VerifiedTokens(
                    new CountingValidator(Map.of(), new MovableClock()),
                    CONFIG,
                    new SimpleMeterRegistry())
                .priority())
        .isGreaterThan(new MpJwtValidator().priority());
  }

  /** A token valid for a minute from {@link #NOW}. */
  static final long EXP = NOW.getEpochSecond() + 60;

  /** One cache over a counting validator that knows {@code expiries}, on a clock the test moves. */
  static final class Cache {
    final MovableClock clock = new MovableClock();
    final CountingValidator validator;
    final VerifiedTokens tokens;

    Cache(Map<String, Long> expiries) {
      validator = new CountingValidator(expiries, clock);
      tokens = new VerifiedTokens(validator, CONFIG, new SimpleMeterRegistry(), clock);
    }

    SecurityIdentity authenticate(String token) {
      return tokens
          .authenticate(
              new TokenAuthenticationRequest(new TokenCredential(token, "bearer")), BLOCKING)
          .await()
          .indefinitely();
    }

    void refuses(String token) {
      assertThatThrownBy(() -> authenticate(token))
          .isInstanceOf(AuthenticationFailedException.class);
    }
  }

  @Test
  void aTokenIsVerifiedOnceWhileItIsValidAndCarriesItsGates() {
    Cache cache = new Cache(Map.of("a.b.c", EXP));

    for (int i = 0; i < 5; i++) {
      SecurityIdentity id = cache.authenticate("a.b.c");
      assertThat(id.getPrincipal().getName()).isEqualTo("gate-client");
      assertThat(id.getRoles()).containsExactly("GATE");
      assertThat(id.<Set<String>>getAttribute(GateScopes.ATTRIBUTE)).containsExactly("THANH_THUY");
    }
    assertThat(cache.validator.calls).hasValue(1);
  }

  @Test
  void anExpiredTokenIsVerifiedAgainAndRefused() {
    Cache cache = new Cache(Map.of("a.b.c", EXP));
    cache.authenticate("a.b.c");

    cache.clock.now = NOW.plusSeconds(60); // exp reached: the cache no longer vouches for it
    cache.refuses("a.b.c");
    assertThat(cache.validator.calls).hasValue(2);
    assertThat(cache.tokens.remembered()).isZero();
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    Cache cache = new Cache(Map.of());
    for (int i = 0; i < 3; i++) cache.refuses("forged.token.sig");
    assertThat(cache.validator.calls).hasValue(3);
    assertThat(cache.tokens.remembered()).isZero();
  }

  @Test
  void anotherSignatureOfTheSameClaimsIsVerifiedOnItsOwn() {
    Cache cache = new Cache(Map.of("a.b.c", EXP));
    cache.authenticate("a.b.c");
    cache.refuses("a.b.X");
    assertThat(cache.validator.calls).hasValue(2);
  }
}
