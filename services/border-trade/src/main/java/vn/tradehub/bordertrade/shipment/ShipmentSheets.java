package vn.tradehub.bordertrade.shipment;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tradehub.platform.figures.Unit;
import vn.tradehub.platform.problem.FieldError;
import vn.tradehub.platform.problem.Problems;

/**
 * Reads daily sheets (CSV with a header row, or a JSON array) into requests, keeping every
 * unreadable cell as a row-numbered error instead of failing on the first one.
 */
public final class ShipmentSheets {
  public static final List<String> CSV_COLUMNS =
      List.of(
          "gateCode",
          "declarationNumber",
          "lineNumber",
          "declaredOn",
          "flow",
          "tradeForm",
          "hsCode",
          "description",
          "quantity",
          "unit",
          "netWeightKg",
          "valueAmount",
          "valueCurrency",
          "partnerCountry",
          "transportMode");
  private static final Set<String> OPTIONAL = Set.of("netWeightKg");

  /** Rows (null where a row could not be read) and the errors met while reading. */
  public record Sheet(List<ShipmentRequest> rows, List<FieldError> errors) {}

  private ShipmentSheets() {}

  public static Sheet csv(InputStream body, java.nio.charset.Charset charset, int maxRows) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser =
        CSVParser.builder().setReader(withoutBom(body, charset)).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      List<String> missing =
          CSV_COLUMNS.stream().filter(c -> !OPTIONAL.contains(c) && !header.contains(c)).toList();
      List<String> unknown = header.stream().filter(h -> !CSV_COLUMNS.contains(h)).toList();
      if (!missing.isEmpty() || !unknown.isEmpty()) {
        List<FieldError> errors = new ArrayList<>();
        missing.forEach(c -> errors.add(new FieldError(c, "missing column", null, 0)));
        unknown.forEach(
            c ->
                errors.add(
                    new FieldError(
                        c, "unknown column; expected " + String.join(",", CSV_COLUMNS), c, 0)));
        throw Problems.malformed("The CSV header does not match the documented columns", errors);
      }
      List<ShipmentRequest> rows = new ArrayList<>();
      List<FieldError> errors = new ArrayList<>();
      for (CSVRecord record : parser) {
        int row = rows.size() + 1;
        if (row > maxRows) throw tooMany(maxRows);
        if (!record.isConsistent()) {
          errors.add(
              new FieldError(
                  "row",
                  "has " + record.size() + " cells, the header has " + header.size(),
                  null,
                  row));
          rows.add(null);
          continue;
        }
        rows.add(
            fromCells(c -> header.contains(c) ? emptyToNull(record.get(c)) : null, row, errors));
      }
      return new Sheet(rows, errors);
    } catch (IOException | UncheckedIOException e) {
      throw Problems.malformed("The CSV could not be read: " + rootMessage(e), List.of());
    } catch (IllegalStateException e) {
      // commons-csv reports broken quoting this way
      throw Problems.malformed("The CSV is malformed: " + rootMessage(e), List.of());
    }
  }

  public static Sheet json(InputStream body, ObjectMapper mapper, int maxRows) {
    JsonNode array;
    try {
      array = mapper.readTree(body);
    } catch (IOException e) {
      throw Problems.malformed("The body is not valid JSON: " + rootMessage(e), List.of());
    }
    if (array == null || !array.isArray())
      throw Problems.malformed("The body must be a JSON array of shipment lines", List.of());
    if (array.size() > maxRows) throw tooMany(maxRows);
    List<ShipmentRequest> rows = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    for (JsonNode node : array) {
      int row = rows.size() + 1;
      try {
        rows.add(mapper.treeToValue(node, ShipmentRequest.class));
      } catch (JsonMappingException e) {
        String field =
            e.getPath().stream()
                .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                .collect(Collectors.joining("."));
        errors.add(
            new FieldError(
                field.isEmpty() ? "row" : field, e.getOriginalMessage().split("\n")[0], null, row));
        rows.add(null);
      } catch (IOException e) {
        errors.add(new FieldError("row", rootMessage(e), null, row));
        rows.add(null);
      }
    }
    return new Sheet(rows, errors);
  }

  private static ShipmentRequest fromCells(
      Function<String, String> cell, int row, List<FieldError> errors) {
    int before = errors.size();
    ShipmentRequest r =
        new ShipmentRequest(
            cell.apply("gateCode"),
            cell.apply("declarationNumber"),
            parse(cell, "lineNumber", Integer::valueOf, "an integer", row, errors),
            parse(cell, "declaredOn", LocalDate::parse, "an ISO 8601 date YYYY-MM-DD", row, errors),
            parse(cell, "flow", Flow::valueOf, oneOf(Flow.values()), row, errors),
            parse(cell, "tradeForm", TradeForm::valueOf, oneOf(TradeForm.values()), row, errors),
            cell.apply("hsCode"),
            cell.apply("description"),
            parse(cell, "quantity", BigDecimal::new, "a number", row, errors),
            parse(
                cell,
                "unit",
                Unit::valueOf,
                "a UN/ECE Rec. 20 code (" + oneOf(Unit.values()) + ")",
                row,
                errors),
            parse(cell, "netWeightKg", BigDecimal::new, "a number", row, errors),
            new Money(
                parse(cell, "valueAmount", BigDecimal::new, "a number", row, errors),
                cell.apply("valueCurrency")),
            cell.apply("partnerCountry"),
            parse(
                cell,
                "transportMode",
                TransportMode::valueOf,
                oneOf(TransportMode.values()),
                row,
                errors));
    return errors.size() == before ? r : null;
  }

  private static <T> T parse(
      Function<String, String> cell,
      String column,
      Function<String, T> parser,
      String expected,
      int row,
      List<FieldError> errors) {
    String raw = cell.apply(column);
    if (raw == null) return null; // presence is a rule, checked with the others
    try {
      return parser.apply(raw);
    } catch (RuntimeException e) {
      errors.add(new FieldError(column, "expected " + expected, raw, row));
      return null;
    }
  }

  private static String oneOf(Enum<?>[] values) {
    return "one of " + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** Spreadsheet programs often start a UTF-8 CSV with a byte-order mark; it is not data. */
  private static Reader withoutBom(InputStream body, java.nio.charset.Charset charset)
      throws IOException {
    PushbackReader reader = new PushbackReader(new InputStreamReader(body, charset), 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') reader.unread(first);
    return reader;
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static RuntimeException tooMany(int max) {
    return Problems.validation(
        "body", "a batch carries at most " + max + " lines; split the sheet", null);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getMessage();
  }
}
