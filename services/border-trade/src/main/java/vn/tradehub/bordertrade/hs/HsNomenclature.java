package vn.tradehub.bordertrade.hs;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Harmonized System (chapters, headings, subheadings) and its sections, read once from the copy
 * in {@code hs/} (public domain, see hs/SOURCE.md). Small enough (6,940 codes) to keep in memory,
 * and it only changes with a new HS edition, i.e. a new release of this service.
 */
@ApplicationScoped
public class HsNomenclature {
  public record Entry(String code, String description, String section, int level) {}

  /**
   * By code: in code order a chapter comes before its headings, a heading before its subheadings.
   */
  private final NavigableMap<String, Entry> codes = new TreeMap<>();

  private final Map<String, String> sections = new HashMap<>();

  public HsNomenclature() {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord r : read("hs/harmonized-system.csv", format)) {
      if (r.get("hscode").equals("TOTAL")) continue; // the file's grand-total row, not a code
      codes.put(
          r.get("hscode"),
          new Entry(
              r.get("hscode"),
              r.get("description"),
              r.get("section"),
              Integer.parseInt(r.get("level"))));
    }
    for (CSVRecord r : read("hs/sections.csv", format)) {
      // The file starts with a byte-order mark, so the first column is read by position.
      sections.put(r.get(0).replace("\uFEFF", ""), r.get(1));
    }
  }

  private static Iterable<CSVRecord> read(String resource, CSVFormat format) {
    try (InputStream in = HsNomenclature.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing " + resource);
      return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Why a customs declaration may not carry chapter 99 ("Commodities not specified according to
   * kind"): the list has it, but it is a statistical code of UN Comtrade, not an HS heading.
   */
  public static final String CHAPTER_99 =
      "chapter 99 (Commodities not specified according to kind) is a statistical code of UN"
          + " Comtrade, not an HS heading: a customs declaration line must carry the heading of"
          + " its goods";

  /** True for chapter 99 and its codes, which no declaration line may carry. */
  public static boolean statisticalOnly(String code) {
    return code != null && code.startsWith("99");
  }

  /** True when a 6- to 10-digit national code has a known 6-digit HS subheading as its prefix. */
  public boolean knownSubheading(String hsCode) {
    if (hsCode == null || hsCode.length() < 6) return false;
    Entry e = codes.get(hsCode.substring(0, 6));
    return e != null && e.level() == 6;
  }

  public Optional<Entry> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /**
   * Codes after {@code after} (all when null) in code order, those starting with {@code prefix} and
   * of {@code digits} digits where given, at most {@code limit}.
   */
  public List<Entry> page(String prefix, Integer digits, String after, int limit) {
    NavigableMap<String, Entry> from =
        after != null
            ? codes.tailMap(after, false)
            : prefix != null ? codes.tailMap(prefix, true) : codes;
    return from.values().stream()
        .takeWhile(
            e -> prefix == null || e.code().compareTo(prefix) < 0 || e.code().startsWith(prefix))
        .filter(e -> prefix == null || e.code().startsWith(prefix))
        .filter(e -> digits == null || e.code().length() == digits)
        .limit(limit)
        .toList();
  }

  public String sectionName(String roman) {
    return sections.get(roman);
  }

  public int size() {
    return codes.size();
  }
}
