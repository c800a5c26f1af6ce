package vn.tradehub.commerce.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tradehub.platform.problem.ProblemMappers;
import vn.tradehub.platform.problem.Problems;

/**
 * 401 and 403 as RFC 9457 problems, like every other error. The platform does not map security
 * exceptions yet (Quarkus answers them with a plain-text or empty body); the priority must beat
 * Quarkus' own security mappers. Remove this once the platform maps them.
 */
public class SecurityProblems {
  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
    return unauthenticated(headers, uri);
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
    return unauthenticated(headers, uri);
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    return ProblemMappers.respond(
        Problems.of(403, "/problems/forbidden", "Forbidden", "The caller's roles do not allow this operation"),
        Map.of(),
        headers,
        uri);
  }

  private static Response unauthenticated(HttpHeaders headers, UriInfo uri) {
    return ProblemMappers.respond(
        Problems.of(401, "/problems/unauthorized", "Unauthorized", "Authentication is required"), Map.of(), headers, uri);
  }
}
