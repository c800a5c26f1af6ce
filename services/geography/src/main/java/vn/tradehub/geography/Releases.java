package vn.tradehub.geography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads releases from the classpath: a manifest ({@value #MANIFEST}) lists them oldest first, one
 * folder each beside it, with the file names of its parts. The file formats are those of {@code
 * shared/data/admin} (see the module's README).
 */
public final class Releases {

  /** The manifest of the releases this library ships. */
  public static final String MANIFEST = "geography/releases.csv";

  private static final CSVFormat MANIFEST_FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  // Data files are read untrimmed: names keep their exact characters.
  private static final CSVFormat DATA_FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

  private Releases() {}

  /** The releases this library ships. */
  public static List<Release> shipped() {
    return fromClasspath(MANIFEST);
  }

  /**
   * The releases listed by a manifest on the classpath; each release's files are in the folder
   * named by its id, beside the manifest.
   */
  public static List<Release> fromClasspath(String manifest) {
    String base =
        manifest.contains("/") ? manifest.substring(0, manifest.lastIndexOf('/') + 1) : "";
    List<Release> releases = new ArrayList<>();
    for (CSVRecord row :
        read(manifest, MANIFEST_FORMAT, "release", "effective", "ended", "started", "succession")) {
      String id = row.get("release");
      String dir = base + id + "/";
      LocalDate effective = date(row, "effective", manifest);
      String unresolved = optional(row, "unresolved");
      releases.add(
          new Release(
              id,
              effective,
              optional(row, "title"),
              units(dir + row.get("ended"), "validTo"),
              units(dir + row.get("started"), "validFrom"),
              links(dir + row.get("succession")),
              unresolved.isEmpty() ? List.of() : transfers(dir + unresolved)));
    }
    if (releases.isEmpty()) {
      throw new InvalidReleaseException(manifest + " lists no release");
    }
    return List.copyOf(releases);
  }

  private static List<AdminUnit> units(String file, String dateColumn) {
    boolean ending = dateColumn.equals("validTo");
    return map(
        read(file, DATA_FORMAT, "level", "code", "nameVi", "nameEn", "parentCode", dateColumn),
        file,
        row -> {
          LocalDate day = date(row, dateColumn, file);
          return new AdminUnit(
              Level.valueOf(row.get("level")),
              row.get("code"),
              row.get("nameVi"),
              row.get("nameEn"),
              row.get("parentCode"),
              ending ? null : day,
              ending ? day : null);
        });
  }

  private static List<Release.Link> links(String file) {
    return map(
        read(file, DATA_FORMAT, "newCode", "oldCode", "share"),
        file,
        row ->
            new Release.Link(
                row.get("newCode"),
                row.get("oldCode"),
                Share.valueOf(row.get("share")),
                optional(row, "note"),
                optional(row, "oldDistrictCode"),
                optional(row, "oldProvinceCode")));
  }

  private static List<Release.Transfer> transfers(String file) {
    return map(
        read(file, DATA_FORMAT, "newCode", "sourceText", "why"),
        file,
        row -> new Release.Transfer(row.get("newCode"), row.get("sourceText"), row.get("why")));
  }

  private static <T> List<T> map(List<CSVRecord> rows, String file, Function<CSVRecord, T> f) {
    List<T> out = new ArrayList<>(rows.size());
    for (CSVRecord row : rows) {
      try {
        out.add(f.apply(row));
      } catch (IllegalArgumentException e) {
        throw new InvalidReleaseException(where(file, row) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static List<CSVRecord> read(String resource, CSVFormat format, String... required) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = Releases.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidReleaseException(resource + " is not on the classpath");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(reader, format)) {
        for (String column : required) {
          if (!parser.getHeaderMap().containsKey(column)) {
            throw new InvalidReleaseException(resource + " has no column '" + column + "'");
          }
        }
        List<CSVRecord> rows = parser.getRecords();
        for (CSVRecord row : rows) {
          if (!row.isConsistent()) {
            throw new InvalidReleaseException(where(resource, row) + ": wrong number of fields");
          }
        }
        return rows;
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new InvalidReleaseException(resource + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static LocalDate date(CSVRecord row, String column, String file) {
    try {
      return LocalDate.parse(row.get(column));
    } catch (DateTimeParseException e) {
      throw new InvalidReleaseException(
          where(file, row) + ": " + column + " '" + row.get(column) + "' is not an ISO date", e);
    }
  }

  private static String optional(CSVRecord row, String column) {
    return row.isMapped(column) && row.get(column) != null ? row.get(column) : "";
  }

  private static String where(String file, CSVRecord row) {
    return file + " record " + row.getRecordNumber();
  }
}
