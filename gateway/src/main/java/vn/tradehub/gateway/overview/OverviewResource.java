package vn.tradehub.gateway.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.gateway.routing.ServicesConfig;
import vn.tradehub.gateway.security.GatewaySecurity;
import vn.tradehub.platform.problem.Problem;
import vn.tradehub.platform.problem.ProblemException;

/**
 * Current summaries of the three services, fetched in parallel, each with its own time-out; a slow
 * or failed service leaves its part out instead of failing the whole answer.
 */
@Path("/api/v1/province/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Province", description = "Province-wide figures")
public class OverviewResource {
  private static final Duration TIMEOUT = Duration.ofSeconds(3);
  private final Map<String, String> services = new LinkedHashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final GatewaySecurity security;
  private final SecurityIdentity identity;
  private final ObjectMapper mapper;

  public OverviewResource(
      ServicesConfig config,
      GatewaySecurity security,
      SecurityIdentity identity,
      ObjectMapper mapper) {
    services.put("industry", config.industry().url());
    services.put("commerce", config.commerce().url());
    services.put("border-trade", config.borderTrade().url());
    this.security = security;
    this.identity = identity;
    this.mapper = mapper;
  }

  @Schema(name = "Overview")
  public record Overview(
      @Schema(
              description =
                  "Each service's current summary (its GET /api/v1/<service>/summary answer, as"
                      + " sent), by service: industry, commerce, border-trade",
              type = SchemaType.OBJECT)
          Map<String, Object> parts,
      @Schema(description = "Services whose summary did not arrive, and why")
          List<Missing> missing) {
    @Schema(name = "OverviewMissing")
    public record Missing(
        @Schema(example = "commerce") String service,
        @Schema(example = "timed out after 3 s") String reason) {}
  }

  @GET
  @Authenticated
  @Operation(
      summary = "Overview of every service",
      description =
          "Calls the industry, commerce and border-trade summaries in parallel, each limited to 3 s. When one is down or slow,"
              + " the answer is still 200 with the parts that arrived, `X-Aggregation-Completed: false` and the missing parts"
              + " listed. When every service is down, 503.")
  @APIResponse(
      responseCode = "200",
      description = "The summaries that arrived",
      headers = @Header(name = "X-Aggregation-Completed"),
      content = @Content(schema = @Schema(implementation = Overview.class)))
  public Response overview() {
    String token = security.serviceToken(identity);
    Map<String, CompletableFuture<JsonNode>> calls = new LinkedHashMap<>();
    services.forEach(
        (name, url) -> calls.put(name, fetch(url + "/api/v1/" + name + "/summary", token)));
    Map<String, Object> parts = new LinkedHashMap<>();
    List<Overview.Missing> missing = new ArrayList<>();
    calls.forEach(
        (name, call) -> {
          try {
            parts.put(name, call.join());
          } catch (RuntimeException e) {
            missing.add(new Overview.Missing(name, reason(e)));
          }
        });
    if (parts.isEmpty()) {
      throw new ProblemException(
          new Problem(
              "/problems/service-unavailable",
              "Service unavailable",
              503,
              "No service answered: " + missing,
              null,
              null,
              null),
          Map.of("Retry-After", "10"));
    }
    return Response.ok(new Overview(parts, missing))
        .header("X-Aggregation-Completed", Boolean.toString(missing.isEmpty()))
        .build();
  }

  private CompletableFuture<JsonNode> fetch(String url, String token) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Accept", "application/json");
    if (token != null) request.header("Authorization", "Bearer " + token);
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
        .orTimeout(TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        .thenApply(
            r -> {
              if (r.statusCode() != 200)
                throw new IllegalStateException("answered " + r.statusCode());
              try {
                return mapper.readTree(r.body());
              } catch (java.io.IOException e) {
                throw new IllegalStateException("sent malformed JSON");
              }
            });
  }

  private static String reason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException))
      t = t.getCause();
    if (t instanceof java.util.concurrent.TimeoutException
        || t instanceof java.net.http.HttpTimeoutException)
      return "timed out after " + TIMEOUT.toSeconds() + " s";
    if (t instanceof java.net.ConnectException) return "cannot be reached";
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
