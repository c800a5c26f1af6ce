package vn.tradehub.platform.web;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.ProblemException;
import vn.tradehub.platform.problem.Problems;

/**
 * Enum, boolean and date parameters, parsed one way in every service: case-insensitive ({@code
 * ?flow=export}, {@code -} read as {@code _}), and a value outside the set is a 400 problem that
 * names the parameter and the allowed values (JAX-RS alone would answer 404 for a query parameter).
 */
@Provider
public class LenientParams implements ParamConverterProvider {
  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    String name = name(annotations);
    if (raw.isEnum()) return (ParamConverter<T>) new EnumConverter(raw, name);
    // Declare flags as Boolean: an absent primitive boolean reached this converter as a 400.
    if (raw == Boolean.class) return (ParamConverter<T>) new BooleanConverter(name);
    if (raw == LocalDate.class)
      return (ParamConverter<T>)
          new TimeConverter<>(name, "an ISO 8601 date, 2021-06-30", LocalDate::parse);
    if (raw == YearMonth.class)
      return (ParamConverter<T>) new TimeConverter<>(name, "a month, YYYY-MM", YearMonth::parse);
    if (raw == OffsetDateTime.class)
      return (ParamConverter<T>)
          new TimeConverter<>(
              name,
              "an ISO 8601 instant with its offset, 2026-01-01T00:00:00Z",
              OffsetDateTime::parse);
    return null;
  }

  private static String name(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) return q.value();
      if (a instanceof PathParam p) return p.value();
      if (a instanceof HeaderParam h) return h.value();
    }
    return "parameter";
  }

  /**
   * JAX-RS turns any other exception from a converter into 404 (or 400), losing the detail; a
   * WebApplicationException passes through, and ProblemMappers answers the problem it carries.
   */
  private static WebApplicationException refused(
      String detail, String name, String message, String value) {
    ProblemException problem =
        Problems.malformed(detail, List.of(FieldError.of(name, message, value)));
    return new WebApplicationException(problem, 400);
  }

  /** The allowed values of an enum, as they are written in the API. */
  public static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private record EnumConverter<E extends Enum<E>>(Class<E> type, String name)
      implements ParamConverter<E> {
    @Override
    public E fromString(String value) {
      if (value == null || value.isBlank()) return null;
      try {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        @SuppressWarnings("unchecked")
        String allowed = allowed((Class<? extends Enum<?>>) (Class<?>) type);
        throw refused(
            name + " must be one of " + allowed, name, "expected one of " + allowed, value);
      }
    }

    @Override
    public String toString(E value) {
      return value == null ? null : value.name();
    }
  }

  /** Dates and times in their ISO 8601 form; anything else is a 400 that says the form. */
  private record TimeConverter<T>(String name, String form, Function<String, T> parse)
      implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      if (value == null || value.isBlank()) return null;
      try {
        return parse.apply(value.trim());
      } catch (DateTimeException e) {
        throw refused(name + " must be " + form, name, "expected " + form, value);
      }
    }

    @Override
    public String toString(T value) {
      return value == null ? null : value.toString();
    }
  }

  private record BooleanConverter(String name) implements ParamConverter<Boolean> {
    @Override
    public Boolean fromString(String value) {
      if (value == null || value.isBlank()) return null;
      if (value.trim().equalsIgnoreCase("true")) return Boolean.TRUE;
      if (value.trim().equalsIgnoreCase("false")) return Boolean.FALSE;
      throw refused(name + " must be true or false", name, "expected true or false", value);
    }

    @Override
    public String toString(Boolean value) {
      return value == null ? null : value.toString();
    }
  }
}
