package vn.tradehub.platform.geo;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.tradehub.platform.codelist.Filter;
import vn.tradehub.platform.figures.Periods;
import vn.tradehub.platform.problem.Problems;

/**
 * The two filters of every located list (enterprises, clusters, villages, markets, border gates),
 * declared once and meaning the same everywhere: {@code @BeanParam WithinParams within}.
 */
public class WithinParams {
  /** A territory as {@code Territory.parse} reads it: a unit code, optionally pinned to a day. */
  public static final String FORM = "^[0-9]{2}([0-9]|[0-9]{3})?(@[0-9]{4}-[0-9]{2}-[0-9]{2})?$";

  public static final int MAX = 16;

  @QueryParam("unit")
  @Size(max = MAX)
  @Pattern(regexp = FORM)
  @Parameter(
      description =
          "Only the entries located on `asOf` in this territory: a province, district or commune"
              + " code, optionally pinned with @YYYY-MM-DD (02 on a 2026 date is the former Hà"
              + " Giang area). A territory that the units of that day cannot express exactly is"
              + " 422, saying why and which units to use.",
      example = "00691")
  String unit;

  @QueryParam("asOf")
  @Parameter(
      description = "The day on which `unit` and the locations are read (default today)",
      example = "2026-01-01")
  LocalDate asOf;

  /** The day asked, or today in Vietnam. */
  public LocalDate day(Clock clock) {
    return asOf != null ? asOf : LocalDate.now(clock.withZone(Periods.ZONE));
  }

  /** The territory asked, or null. Checked here, as the document declares, on every list. */
  public String unit() {
    if (unit == null || unit.isBlank()) return null;
    if (unit.length() > MAX || !unit.matches(FORM)) {
      throw Problems.validation(
          "unit", "a unit code (2, 3 or 5 digits), optionally followed by @YYYY-MM-DD", unit);
    }
    return unit;
  }

  /** The entries located in the territory on the day; every entry without {@code unit}. */
  public Filter filter(Locations locations, Clock clock) {
    String territory = unit();
    if (territory == null) return Filter.ALL;
    LocalDate day = day(clock);
    return Filter.locatedIn(locations.within("unit", territory, day), day);
  }
}
