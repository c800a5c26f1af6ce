package vn.tradehub.platform.web;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV responses written row by row as they are produced, never built whole in memory. */
public final class Csv {
  public static final String MEDIA_TYPE = "text/csv";

  /** Receives rows; each row is printed (and flushed in chunks) as soon as it is given. */
  public interface RowSink {
    void row(Object... values);
  }

  private Csv() {}

  public static StreamingOutput stream(List<String> header, Consumer<RowSink> producer) {
    return out -> {
      BufferedWriter writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
      try (CSVPrinter printer = new CSVPrinter(writer, format)) {
        producer.accept(
            values -> {
              try {
                printer.printRecord(values);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
      }
    };
  }
}
