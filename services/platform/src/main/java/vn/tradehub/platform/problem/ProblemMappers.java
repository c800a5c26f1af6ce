package vn.tradehub.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.tradehub.platform.web.RequestIds;

/**
 * Turns every exception into an RFC 9457 problem. Unexpected ones become a 500 that carries the
 * request id and nothing else: no stack trace, no SQL.
 */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
    return respond(e.problem(), e.headers(), headers, uri);
  }

  @ServerExceptionMapper(priority = 1)
  public Response requestViolation(
      ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
    if (e.getConstraintViolations().stream()
        .anyMatch(v -> hasKind(v.getPropertyPath(), ElementKind.RETURN_VALUE))) {
      return unexpected(e, headers, uri);
    }
    return violations(e, headers, uri);
  }

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> FieldError.of(fieldOf(v), v.getMessage(), safeValue(v.getInvalidValue())))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return respond(Problems.validation(errors).problem(), Map.of(), headers, uri);
  }

  @ServerExceptionMapper(priority = 1)
  public Response unknownField(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
    String field = jsonPath(e);
    return malformed(
        "Field '" + field + "' is not accepted here",
        List.of(
            FieldError.of(
                field, "unknown or server-owned field; remove it from the request", null)),
        headers,
        uri);
  }

  @ServerExceptionMapper(priority = 1)
  public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
    String field = jsonPath(e);
    String expected = e.getTargetType() == null ? "a valid value" : describe(e.getTargetType());
    return malformed(
        "Field '" + field + "' has the wrong format",
        List.of(FieldError.of(field, "expected " + expected, safeValue(e.getValue()))),
        headers,
        uri);
  }

  @ServerExceptionMapper(priority = 1)
  public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
    String field = jsonPath(e);
    String expected = e.getTargetType() == null ? "a valid value" : describe(e.getTargetType());
    List<FieldError> errors =
        field.isEmpty() ? List.of() : List.of(FieldError.of(field, "expected " + expected, null));
    return malformed("The JSON body does not match the expected structure", errors, headers, uri);
  }

  @ServerExceptionMapper(priority = 1)
  public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return malformed("The body is not valid JSON" + where, List.of(), headers, uri);
  }

  /** Scheme challenges sent with every 401, so clients know how to authenticate. */
  public static final String CHALLENGE = "ApiKey realm=\"tradehub\", Bearer realm=\"tradehub\"";

  @ServerExceptionMapper(priority = 2)
  public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
    return respond(
        Problems.of(
            401,
            "/problems/unauthorized",
            "Unauthorized",
            "A valid API key (Authorization: ApiKey ...) or bearer token is required"),
        Map.of("WWW-Authenticate", CHALLENGE),
        headers,
        uri);
  }

  @ServerExceptionMapper(priority = 2)
  public Response authenticationFailed(
      AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
    return unauthorized(null, headers, uri);
  }

  @ServerExceptionMapper(priority = 2)
  public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    return respond(
        Problems.of(
            403,
            "/problems/forbidden",
            "Forbidden",
            "The caller's role or gate scope does not allow this operation"),
        Map.of(),
        headers,
        uri);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e, headers, uri);
    }
    // A parameter converter's refusal carries its problem (see LenientParams).
    if (e.getCause() instanceof ProblemException pe) return problem(pe, headers, uri);
    // Quarkus wraps body-reading failures; unwrap to keep field-level detail.
    if (e.getCause() instanceof JsonProcessingException jpe) {
      return jpe instanceof JsonMappingException jme
          ? mapJson(jme, headers, uri)
          : json(jpe, headers, uri);
    }
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type == null ? "HTTP " + status : type.getReasonPhrase();
    String detail =
        switch (status) {
          case 404 -> "No resource at " + uri.getPath();
          case 405 -> "Method not allowed on " + uri.getPath();
          case 406 -> "None of the media types in Accept can be produced";
          case 415 -> "Content-Type " + headers.getMediaType() + " is not supported here";
          default -> e.getMessage();
        };
    Map<String, String> extra = Map.of();
    if (e instanceof NotAllowedException && e.getResponse().getHeaderString("Allow") != null) {
      extra = Map.of("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return respond(Problems.of(status, "about:blank", title, detail), extra, headers, uri);
  }

  @ServerExceptionMapper
  public Response fallback(Throwable e, HttpHeaders headers, UriInfo uri) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
        return respond(
            Problems.of(
                412,
                "/problems/concurrent-modification",
                "Precondition failed",
                "The resource was changed by another request; read it again and retry with its new ETag"),
            Map.of(),
            headers,
            uri);
      }
      if (t instanceof ProblemException pe) {
        return problem(pe, headers, uri);
      }
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof org.hibernate.exception.JDBCConnectionException
          || (t instanceof java.sql.SQLException sql
              && sql.getSQLState() != null
              && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))) {
        // The database is restarting or unreachable: a retry will succeed, so say when.
        LOG.warnf("Database unavailable on %s: %s", uri.getPath(), t.getMessage());
        return respond(
            Problems.of(
                503,
                "/problems/service-unavailable",
                "Service unavailable",
                "The database is not reachable right now; nothing was stored. Retry shortly."),
            Map.of("Retry-After", "5"),
            headers,
            uri);
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return respond(
            Problems.of(
                409, "/problems/conflict", "Conflict", "The change conflicts with existing data"),
            Map.of(),
            headers,
            uri);
      }
    }
    return unexpected(e, headers, uri);
  }

  private Response mapJson(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
    if (e instanceof UnrecognizedPropertyException u) return unknownField(u, headers, uri);
    if (e instanceof InvalidFormatException f) return invalidFormat(f, headers, uri);
    if (e instanceof MismatchedInputException m) return mismatchedInput(m, headers, uri);
    return json(e, headers, uri);
  }

  private Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
    String requestId = RequestIds.current(headers);
    LOG.errorf(e, "Unexpected error on %s (requestId=%s)", uri.getPath(), requestId);
    return respond(
        Problems.of(
            500,
            "/problems/internal-error",
            "Internal server error",
            "The request failed unexpectedly. Quote the request id when reporting it."),
        Map.of(),
        headers,
        uri);
  }

  private Response malformed(
      String detail, List<FieldError> errors, HttpHeaders headers, UriInfo uri) {
    return respond(Problems.malformed(detail, errors).problem(), Map.of(), headers, uri);
  }

  public static Response respond(
      Problem problem, Map<String, String> extraHeaders, HttpHeaders headers, UriInfo uri) {
    Problem body =
        problem.withRequest(uri == null ? null : uri.getPath(), RequestIds.current(headers));
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(Problems.MEDIA_TYPE).entity(body);
    extraHeaders.forEach(builder::header);
    return builder.build();
  }

  static String fieldOf(ConstraintViolation<?> v) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : v.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> parts.clear();
        case PARAMETER -> {
          parts.clear();
          parts.add(node.getName());
        }
        default -> {
          String name = node.getName();
          String index =
              node.getIndex() != null
                  ? "[" + node.getIndex() + "]"
                  : node.getKey() != null ? "[" + node.getKey() + "]" : "";
          if (node.isInIterable() && !parts.isEmpty()) {
            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + index);
          }
          if (name != null) parts.add(name);
        }
      }
    }
    // A field of a @BeanParam holder is named as the client sends it: by its query, path or
    // header parameter's name.
    String parameter =
        parameterName(v.getLeafBean(), parts.isEmpty() ? null : parts.get(parts.size() - 1));
    if (parameter != null) return parameter;
    // A parameter that is the whole request body names nothing useful to the client.
    if (parts.size() > 1 && v.getLeafBean() != null && isBodyParameter(parts.get(0))) {
      parts.remove(0);
    }
    return String.join(".", parts);
  }

  /** The HTTP name of a @BeanParam field (null for anything else). */
  private static String parameterName(Object bean, String property) {
    if (bean == null || property == null) return null;
    for (Class<?> c = bean.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        java.lang.reflect.Field f = c.getDeclaredField(property);
        QueryParam q = f.getAnnotation(QueryParam.class);
        if (q != null) return q.value();
        PathParam p = f.getAnnotation(PathParam.class);
        if (p != null) return p.value();
        HeaderParam h = f.getAnnotation(HeaderParam.class);
        return h == null ? null : h.value();
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    return null;
  }

  private static boolean isBodyParameter(String name) {
    return name.equals("request")
        || name.equals("body")
        || name.endsWith("Request")
        || name.startsWith("arg");
  }

  private static boolean hasKind(Path path, ElementKind kind) {
    for (Path.Node n : path) if (n.getKind() == kind) return true;
    return false;
  }

  private static String jsonPath(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String describe(Class<?> type) {
    if (type.isEnum()) {
      return "one of "
          + java.util.Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    return switch (type.getSimpleName()) {
      case "LocalDate" -> "an ISO 8601 date (YYYY-MM-DD)";
      case "YearMonth" -> "a period YYYY-MM";
      case "BigDecimal", "Double", "double", "Float" -> "a number";
      case "Integer", "int", "Long", "long" -> "an integer";
      case "Boolean", "boolean" -> "true or false";
      case "String" -> "a string";
      case "UUID" -> "a UUID";
      default -> "a " + type.getSimpleName();
    };
  }

  /** Rejected values are echoed back, but never large blobs. */
  private static Object safeValue(Object value) {
    if (value == null) return null;
    if (value instanceof Number || value instanceof Boolean) return value;
    String s = value.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
