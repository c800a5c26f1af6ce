package vn.tradehub.industry.common;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tradehub.platform.problem.ProblemMappers;
import vn.tradehub.platform.problem.Problems;

/**
 * 401 and 403 as RFC 9457 problems like every other error. (The platform maps every other
 * exception; these two would otherwise get Quarkus' empty default bodies.)
 */
public class SecurityProblems {
  @ServerExceptionMapper(priority = 1)
  public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
    return ProblemMappers.respond(
        Problems.of(401, "/problems/unauthorized", "Unauthorized", "Authentication is required"), Map.of(), headers, uri);
  }

  @ServerExceptionMapper(priority = 1)
  public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    return ProblemMappers.respond(
        Problems.of(403, "/problems/forbidden", "Forbidden", "The caller's roles do not allow this operation"), Map.of(), headers, uri);
  }
}
