package vn.tradehub.gateway.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tradehub.gateway.indicators.TestEvents;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * Drives the dashboard in Debian's headless Chromium against the test app, with seeded read-model
 * data (a year in 2071..2084 against the year before), checks that the indicators and the charts
 * rendered, and saves a screenshot to {@code gateway/target/dashboard.png}.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class DashboardTest {
  /**
   * Drawn per run (2071..2084, with 2070..2083 as the year before), so that a reused broker does
   * not add older runs' events; disjoint from the years of the other gateway tests (SdmxApiTest
   * 2086..2099), which share the database.
   */
  static final int YEAR = 2071 + java.util.concurrent.ThreadLocalRandom.current().nextInt(14);

  @TestHTTPResource("/")
  URL root;

  @BeforeAll
  static void seed() {
    try (TestEvents events = new TestEvents()) {
      Instant t = Instant.parse("2034-05-04T02:00:00Z");
      String[][] iip = {
        {"101.20", "101.20"}, {"103.80", "102.40"}, {"105.10", "103.30"}, {"107.60", "104.40"}
      };
      for (int m = 1; m <= 4; m++) {
        String period = YEAR + "-0" + m;
        events.industry(
            TestEvents.industry(
                period,
                iip[m - 1][0],
                iip[m - 1][1],
                (1500L * m) + "000000000",
                (1440L * m) + "000000000",
                "4.17",
                50,
                43,
                m == 4 ? "ESTIMATED" : "FINAL",
                t.plusSeconds(m)));
        events.industry(
            TestEvents.industry(
                (YEAR - 1) + "-0" + m,
                "98.50",
                "99.00",
                (1440L * m) + "000000000",
                (1400L * m) + "000000000",
                "2.86",
                50,
                41,
                "FINAL",
                t.plusSeconds(m)));
        events.commerce(
            TestEvents.commerce(
                period,
                (910L + 10 * m) + "000000000",
                (950L * m) + "000000000",
                (860L * m) + "000000000",
                "10.47",
                m == 4 ? "ESTIMATED" : "FINAL",
                t.plusSeconds(m)));
        events.commerce(
            TestEvents.commerce(
                (YEAR - 1) + "-0" + m,
                (840L + 5 * m) + "000000000",
                (860L * m) + "000000000",
                (800L * m) + "000000000",
                "7.50",
                "FINAL",
                t.plusSeconds(m)));
        events.recorded(
            TestEvents.line(
                "DASH_THANH_THUY",
                "DB" + m,
                LocalDate.of(YEAR, m, 10),
                "EXPORT",
                (9_000_000 + m * 1_000_000) + ".00"));
        events.recorded(
            TestEvents.line(
                "DASH_XIN_MAN",
                "DX" + m,
                LocalDate.of(YEAR, m, 12),
                "IMPORT",
                (4_000_000 + m * 500_000) + ".00"));
        events.recorded(
            TestEvents.line(
                "DASH_PHO_BANG",
                "DP" + m,
                LocalDate.of(YEAR, m, 14),
                "BORDER_GATE_TRANSFER",
                "1500000.00"));
        events.recorded(
            TestEvents.line(
                "DASH_THANH_THUY",
                "DA" + m,
                LocalDate.of(YEAR - 1, m, 10),
                "EXPORT",
                "8000000.00"));
        events.recorded(
            TestEvents.line(
                "DASH_XIN_MAN", "DY" + m, LocalDate.of(YEAR - 1, m, 10), "IMPORT", "5000000.00"));
      }
    }
  }

  static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) return Path.of(candidate);
    }
    throw new AssertionError(
        "Chromium is not installed: the dashboard test needs Debian's chromium package (apt-get install -y chromium)."
            + " It does not skip, so that a missing browser is noticed.");
  }

  static String run(List<String> command, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("chromium-out", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(false)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + timeout + ": " + command);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  static List<String> chromiumCommand(Path profile) {
    return new ArrayList<>(
        List.of(
            chromium().toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--user-data-dir=" + profile));
  }

  @Test
  @TestSecurity(user = "staff", roles = "ADMIN")
  void rendersTheIndicatorsAndChartsAndSavesAScreenshot() throws Exception {
    given().get("/").then().statusCode(200).contentType("text/html");
    given()
        .contentType("application/json")
        .body(
            "{\"targets\":[{\"indicatorCode\":\"IIP\",\"kind\":\"GROWTH_PCT\",\"value\":6.8,\"unit\":\"%\"},"
                + "{\"indicatorCode\":\"RETAIL_SALES\",\"kind\":\"GROWTH_PCT\",\"value\":10.8,\"unit\":\"%\"},"
                + "{\"indicatorCode\":\"BORDER_TURNOVER\",\"kind\":\"ABSOLUTE\",\"value\":270,\"unit\":\"million USD\"},"
                + "{\"indicatorCode\":\"ELECTRIFICATION\",\"kind\":\"ABSOLUTE\",\"value\":85,\"unit\":\"%\"}]}")
        .put("/api/v1/province/plans/08/" + YEAR)
        .then()
        .statusCode(201);
    given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/province/indicators?year=" + YEAR)
                    .then()
                    .statusCode(200)
                    .body(
                        "indicators.find { it.code == 'BORDER_TURNOVER' }.value",
                        org.hamcrest.Matchers.equalTo(73.0f))
                    .body(
                        "indicators.find { it.code == 'IIP' }.value",
                        org.hamcrest.Matchers.equalTo(104.4f))
                    .body(
                        "indicators.find { it.code == 'RETAIL_SALES' }.value",
                        org.hamcrest.Matchers.equalTo(3800.0f)));

    String page = root.toString() + "?year=" + YEAR;
    String dom = dom(page);
    // the six indicators, with the figures of the seeded events
    for (String code :
        List.of(
            "IIP",
            "OUTPUT_VALUE",
            "RETAIL_SALES",
            "BORDER_TURNOVER",
            "EXPORT_TURNOVER",
            "ELECTRIFICATION")) {
      assertThat(dom).contains("data-code=\"" + code + "\"");
    }
    assertThat(cardOf(dom, "IIP")).contains("+4,40").contains("is-estimated").contains("ƯT");
    assertThat(cardOf(dom, "BORDER_TURNOVER"))
        .contains("73,00")
        .contains("role=\"progressbar\"")
        .contains("data-status=\"FINAL\"");
    assertThat(cardOf(dom, "RETAIL_SALES")).contains("3.800,0");
    // the five charts were drawn by ECharts on canvases
    for (String chart :
        List.of("chart-iip", "chart-retail", "chart-border", "chart-gate", "chart-flow")) {
      Matcher m =
          Pattern.compile(
                  "<div id=\"" + chart + "\"[^>]*data-rendered=\"true\"[^>]*>.*?<canvas",
                  Pattern.DOTALL)
              .matcher(dom);
      assertThat(m.find()).as(chart + " rendered on a canvas").isTrue();
    }
    assertThat(dom)
        .as("Vietnamese by default")
        .contains("lang=\"vi\"")
        .contains("Kim ngạch xuất khẩu");

    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Path shot = target.resolve("dashboard.png");
    Files.deleteIfExists(shot);
    chromium("--screenshot=" + shot, page);
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
    // The README's picture (docs/dashboard.png) is taken from the running demo stack, not from
    // here:
    // a test must not change the working tree.

    // English on request
    String en = dom(page + "&lang=en");
    assertThat(en).contains("lang=\"en\"").contains("Export turnover").contains("EST");
  }

  /**
   * Issue 14: the heading follows the period (Hà Giang's Department for 2021, Tuyên Quang's for a
   * year after the merger), the former Hà Giang area is a view of its own, and 2025, the year that
   * straddles the reform, says so.
   */
  @Test
  @TestSecurity(user = "staff", roles = "READER")
  void namesTheDepartmentOfThePeriodAndOffersTheFormerArea() throws Exception {
    String before = dom(root + "?year=2021");
    assertThat(department(before)).isEqualTo("Sở Công Thương tỉnh Hà Giang");
    assertThat(before).as("no view before the reform").contains("id=\"view-label\" hidden");

    String after = dom(root + "?year=" + YEAR);
    assertThat(department(after)).isEqualTo("Sở Công Thương tỉnh Tuyên Quang");
    assertThat(after)
        .contains("<option value=\"02\"")
        .contains("Khu vực tỉnh Hà Giang cũ")
        .contains("id=\"reform\" class=\"message reform\" hidden");

    String area = dom(root + "?year=" + YEAR + "&territory=02");
    assertThat(department(area))
        .isEqualTo("Sở Công Thương tỉnh Tuyên Quang · khu vực tỉnh Hà Giang");
    assertThat(area).contains("data-territory=\"02@2025-06-30\"");

    String straddling = dom(root + "?year=2025");
    assertThat(straddling)
        .contains("data-reform=\"2025-07-01\"")
        .contains("Từ ngày 01/07/2025, tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất");
  }

  /** The page as headless Chromium leaves it once loaded. */
  String dom(String page) throws Exception {
    String dom = chromium("--dump-dom", page);
    assertThat(dom).as(page + " finished loading").contains("data-ready=\"true\"");
    return dom;
  }

  /**
   * Headless Chromium on a fresh profile, in the window the screenshot is taken in, given the time
   * the page needs to load and draw its charts; its output.
   */
  static String chromium(String... args) throws IOException, InterruptedException {
    List<String> command = chromiumCommand(Files.createTempDirectory("chromium-profile"));
    command.addAll(List.of("--window-size=1400,1000", "--virtual-time-budget=15000"));
    command.addAll(List.of(args));
    return run(command, Duration.ofSeconds(120));
  }

  static String department(String dom) {
    Matcher m = Pattern.compile("<span id=\"department\"[^>]*>([^<]*)</span>").matcher(dom);
    assertThat(m.find()).as("the heading names the Department").isTrue();
    return m.group(1);
  }

  static String cardOf(String dom, String code) {
    int start = dom.indexOf("data-code=\"" + code + "\"");
    assertThat(start).as("card " + code).isPositive();
    int end = dom.indexOf("</article>", start);
    return dom.substring(Math.max(0, dom.lastIndexOf("<article", start)), end);
  }

  static {
    new File("target").mkdirs();
  }
}
