package vn.tradehub.bordertrade.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tradehub.bordertrade.hs.HsNomenclature;
import vn.tradehub.bordertrade.rate.RateTable;
import vn.tradehub.platform.geo.Location;
import vn.tradehub.platform.geo.Locations;
import vn.tradehub.platform.problem.FieldError;

/**
 * Every rule a declaration line must meet, checked together so one answer lists every problem. The
 * same rules serve single posts, amendments and batch rows.
 */
public final class ShipmentRules {
  private static final Pattern DECLARATION = Pattern.compile("[0-9A-Za-z/-]{1,30}");
  private static final Pattern HS = Pattern.compile("\\d{6,10}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

  /** A gate's validity and location history, for checking declaration dates and placing lines. */
  public record GateWindow(LocalDate validFrom, LocalDate validTo, List<Location> locations) {
    public GateWindow {
      locations = List.copyOf(locations);
    }

    boolean covers(LocalDate d) {
      return !d.isBefore(validFrom) && (validTo == null || !d.isAfter(validTo));
    }

    /** The commune the gate lay in on {@code d}, if it had one. */
    public Optional<String> unitOn(LocalDate d) {
      return Locations.at(locations, d);
    }
  }

  /** What the rules look things up in. */
  public record Context(
      Map<String, GateWindow> gates, HsNomenclature hs, RateTable rates, LocalDate today) {}

  private ShipmentRules() {}

  /** The problems of a line; empty when it is valid. */
  public static List<FieldError> check(ShipmentRequest r, Context ctx) {
    List<FieldError> errors = new ArrayList<>();
    GateWindow gate = null;
    if (blank(r.gateCode())) errors.add(FieldError.of("gateCode", "is required", r.gateCode()));
    else if ((gate = ctx.gates().get(r.gateCode())) == null) {
      errors.add(
          FieldError.of(
              "gateCode", "unknown border gate; see GET /api/v1/border-trade/gates", r.gateCode()));
    }
    if (blank(r.declarationNumber()))
      errors.add(FieldError.of("declarationNumber", "is required", r.declarationNumber()));
    else if (!DECLARATION.matcher(r.declarationNumber()).matches()) {
      errors.add(
          FieldError.of(
              "declarationNumber", "1 to 30 letters, digits, / or -", r.declarationNumber()));
    }
    if (r.lineNumber() == null) errors.add(FieldError.of("lineNumber", "is required", null));
    else if (r.lineNumber() < 1 || r.lineNumber() > 9999)
      errors.add(FieldError.of("lineNumber", "must be between 1 and 9999", r.lineNumber()));
    if (r.declaredOn() == null) errors.add(FieldError.of("declaredOn", "is required", null));
    else {
      if (r.declaredOn().isAfter(ctx.today()))
        errors.add(FieldError.of("declaredOn", "is in the future", r.declaredOn()));
      if (gate != null && gate.covers(r.declaredOn()) && gate.unitOn(r.declaredOn()).isEmpty()) {
        errors.add(
            FieldError.of(
                "declaredOn",
                "gate "
                    + r.gateCode()
                    + " has no location on that day, so the line cannot be placed in a commune;"
                    + " an admin must give the gate its commune for that day first (PUT"
                    + " /api/v1/border-trade/gates/"
                    + r.gateCode()
                    + ", locations)",
                r.declaredOn()));
      }
      if (gate != null && !gate.covers(r.declaredOn())) {
        errors.add(
            FieldError.of(
                "declaredOn",
                "outside the validity of gate "
                    + r.gateCode()
                    + " ("
                    + gate.validFrom()
                    + " to "
                    + (gate.validTo() == null ? "open" : gate.validTo())
                    + ")",
                r.declaredOn()));
      }
    }
    if (r.flow() == null) errors.add(FieldError.of("flow", "is required", null));
    if (r.tradeForm() == null) errors.add(FieldError.of("tradeForm", "is required", null));
    if (r.transportMode() == null) errors.add(FieldError.of("transportMode", "is required", null));
    if (blank(r.hsCode())) errors.add(FieldError.of("hsCode", "is required", r.hsCode()));
    else if (!HS.matcher(r.hsCode()).matches())
      errors.add(FieldError.of("hsCode", "must be 6 to 10 digits", r.hsCode()));
    else if (HsNomenclature.statisticalOnly(r.hsCode()))
      errors.add(FieldError.of("hsCode", HsNomenclature.CHAPTER_99, r.hsCode()));
    else if (!ctx.hs().knownSubheading(r.hsCode())) {
      errors.add(
          FieldError.of(
              "hsCode",
              "6-digit prefix " + r.hsCode().substring(0, 6) + " is not an HS subheading",
              r.hsCode()));
    }
    if (blank(r.description()))
      errors.add(FieldError.of("description", "is required", r.description()));
    else if (r.description().length() > 500)
      errors.add(FieldError.of("description", "at most 500 characters", r.description().length()));
    if (r.quantity() == null) errors.add(FieldError.of("quantity", "is required", null));
    else if (r.quantity().signum() <= 0)
      errors.add(FieldError.of("quantity", "must be greater than 0", r.quantity()));
    else if (r.quantity().scale() > 3 || r.quantity().compareTo(MAX_AMOUNT) >= 0)
      errors.add(FieldError.of("quantity", "at most 3 decimals and below 10^15", r.quantity()));
    if (r.unit() == null)
      errors.add(FieldError.of("unit", "is required (a UN/ECE Recommendation 20 code)", null));
    if (r.netWeightKg() != null && r.netWeightKg().signum() < 0)
      errors.add(FieldError.of("netWeightKg", "must not be negative", r.netWeightKg()));
    else if (r.netWeightKg() != null
        && (r.netWeightKg().scale() > 3 || r.netWeightKg().compareTo(MAX_AMOUNT) >= 0))
      errors.add(
          FieldError.of("netWeightKg", "at most 3 decimals and below 10^15", r.netWeightKg()));
    if (r.partnerCountry() == null || !COUNTRIES.contains(r.partnerCountry())) {
      errors.add(
          FieldError.of(
              "partnerCountry",
              "must be an ISO 3166-1 alpha-2 code such as CN",
              r.partnerCountry()));
    }
    checkValue(r, ctx, errors);
    return errors;
  }

  private static void checkValue(ShipmentRequest r, Context ctx, List<FieldError> errors) {
    Money v = r.value();
    if (v == null) {
      errors.add(FieldError.of("value", "is required", null));
      return;
    }
    boolean ok = true;
    if (v.amount() == null) {
      errors.add(FieldError.of("value.amount", "is required", null));
      ok = false;
    } else if (v.amount().signum() <= 0) {
      errors.add(FieldError.of("value.amount", "must be greater than 0", v.amount()));
      ok = false;
    } else if (v.amount().scale() > 2 || v.amount().compareTo(MAX_AMOUNT) >= 0) {
      errors.add(FieldError.of("value.amount", "at most 2 decimals and below 10^15", v.amount()));
      ok = false;
    }
    if (v.currency() == null || !CURRENCY.matcher(v.currency()).matches()) {
      errors.add(
          FieldError.of(
              "value.currency", "must be an ISO 4217 code such as USD, CNY or VND", v.currency()));
      ok = false;
    }
    if (ok
        && r.declaredOn() != null
        && ctx.rates().toUsd(v.amount(), v.currency(), r.declaredOn()).isEmpty()) {
      errors.add(
          FieldError.of(
              "value.currency",
              "no exchange rate for "
                  + v.currency()
                  + " valid on "
                  + r.declaredOn()
                  + "; an admin must post one first",
              v.currency()));
    }
  }

  /** The commune of a valid line: its gate's on its declaration date. */
  public static String unitOf(ShipmentRequest r, Context ctx) {
    return ctx.gates().get(r.gateCode()).unitOn(r.declaredOn()).orElseThrow();
  }

  /** The USD conversion of a valid line. */
  public static RateTable.Conversion convert(ShipmentRequest r, Context ctx) {
    return ctx.rates()
        .toUsd(r.value().amount(), r.value().currency(), r.declaredOn())
        .orElseThrow();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
