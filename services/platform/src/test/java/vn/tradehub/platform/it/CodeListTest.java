package vn.tradehub.platform.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.tradehub.platform.testing.Requests.as;
import static vn.tradehub.platform.testing.Requests.csv;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tradehub.platform.testing.RealInfraResource;

/**
 * The one shape of a code list (platform {@code CodeListResource}, {@code Aggregates}, {@code
 * Conditions}, {@code Lists}), through HTTP with real service tokens and a real database.
 */
@QuarkusTest
@QuarkusTestResource(RealInfraResource.class)
class CodeListTest {
  private static final String COLOURS = "/api/v1/colours/";
  // The list itself, without the trailing slash of an entry's path.
  private static final String LIST = "/api/v1/colours";

  private static String body(String vi, String share) {
    return "{\"nameVi\":\"" + vi + "\",\"nameEn\":\"Red\",\"share\":" + share + "}";
  }

  /** A PUT of colour {@code vi} with {@code share} to {@code key}, by {@code who}. */
  private static ValidatableResponse put(
      RequestSpecification who, String key, String vi, String share) {
    return who.body(body(vi, share)).put(key).then();
  }

  @Test
  void inheritedOperationsKeepTheirSecurity() {
    given().get(COLOURS + "RED").then().statusCode(401);
    given().get(COLOURS + "RED/revisions").then().statusCode(401);
    put(as("READER"), COLOURS + "RED", "Đỏ", "1").statusCode(403);
    as("READER").get(COLOURS + "NO_SUCH").then().statusCode(404);
  }

  @Test
  void conditionalWritesFollowOnePolicy() {
    String key = COLOURS + "CRIMSON";
    // If-Match on a missing entry can never match.
    put(as("ADMIN").header("If-Match", "*"), key, "Đỏ thẫm", "10").statusCode(412);
    // Create: 201, Location, ETag.
    put(as("ADMIN"), key, "Đỏ thẫm", "10")
        .statusCode(201)
        .header("Location", org.hamcrest.Matchers.endsWith(key))
        .header("ETag", "\"0\"")
        .body("nameVi", equalTo("Đỏ thẫm"));
    // The same request again (a client retrying after a time-out): 200, no new version, even
    // though the number is written another way.
    put(as("ADMIN"), key, "Đỏ thẫm", "10.00").statusCode(200).header("ETag", "\"0\"");
    // Create-only on an existing entry.
    put(as("ADMIN").header("If-None-Match", "*"), key, "Đỏ thẫm", "10")
        .statusCode(412)
        .header("ETag", "\"0\"");
    // A change needs If-Match: 428 without, 412 when stale, 200 when current.
    put(as("ADMIN"), key, "Đỏ son", "10")
        .statusCode(428)
        .contentType("application/problem+json")
        .header("ETag", "\"0\"");
    put(as("ADMIN").header("If-Match", "\"7\""), key, "Đỏ son", "10").statusCode(412);
    put(as("ADMIN").header("If-Match", "\"0\""), key, "Đỏ son", "12.5")
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("names.share", equalTo(12.5f));
    as("READER").get(key).then().statusCode(200).header("ETag", "\"1\"");
    // A stale If-Match is refused even for a request that changes nothing.
    put(as("ADMIN").header("If-Match", "\"0\""), key, "Đỏ son", "12.5").statusCode(412);

    // Two revisions; who made them is shown to an administrator, not to a reader.
    as("ADMIN")
        .get(key + "/revisions")
        .then()
        .statusCode(200)
        .body("version", contains(0, 1))
        .body("change", contains("CREATED", "AMENDED"))
        .body("[1].changes.field", hasItems("nameVi", "names.vi", "names.share", "version"))
        .body("[1].changedBy", equalTo("admin"));
    as("READER").get(key + "/revisions").then().statusCode(200).body("[1].changedBy", nullValue());
  }

  @Test
  void badRequestsAreProblemsAndStoreNothing() {
    as("ADMIN").put(COLOURS + "EMPTY").then().statusCode(400).body("status", equalTo(400));
    put(as("ADMIN"), COLOURS + "BLUE", "Xanh", "101")
        .statusCode(422)
        .body("errors[0].field", equalTo("share"));
    put(as("ADMIN"), COLOURS + "blue", "Xanh", "1").statusCode(422);
    as("ADMIN").get(COLOURS + "BLUE").then().statusCode(404);
  }

  @Test
  void listsArePagedByKeyAndCsvCoversTheWholeSelection() {
    for (String c : List.of("P1", "P2", "P3", "P4", "P5")) {
      put(as("ADMIN"), COLOURS + c, "Màu " + c, "1").statusCode(201);
    }
    // Follow the next links from the first page of two: every entry once, in code order.
    List<String> seen = new ArrayList<>();
    String next = LIST + "?limit=2";
    int pages = 0;
    while (next != null) {
      Response page = as("READER").get(next);
      page.then().statusCode(200).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2));
      seen.addAll(page.jsonPath().getList("items.code"));
      next = page.jsonPath().getString("next");
      if (next != null) {
        assertThat(page.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
        assertThat(next).contains("limit=2").contains("after=");
      }
      pages++;
    }
    assertThat(seen).isSorted().doesNotHaveDuplicates().contains("P1", "P2", "P3", "P4", "P5");
    assertThat(pages).isEqualTo((seen.size() + 1) / 2 + (seen.size() % 2 == 0 ? 1 : 0));

    // CSV: every row of the selection regardless of limit, nested fields flattened.
    String csv = csv(as("READER"), LIST + "?limit=1");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("code,nameVi,nameEn,names.vi,names.share,version");
    assertThat(lines).hasSize(seen.size() + 1);
    assertThat(lines).contains("P3,Màu P3,Red,Màu P3,1.00,0");

    as("READER").get(COLOURS + "?after=not-a-cursor").then().statusCode(400);
    as("READER").get(COLOURS + "?limit=0").then().statusCode(422);
    as("READER").get(LIST + "?limit=1001").then().statusCode(422).body("errors", hasSize(1));
  }

  @Test
  void readOnlyListsShareTheShape() {
    as("READER")
        .get("/api/v1/units/TNE")
        .then()
        .statusCode(200)
        .header("ETag", nullValue())
        .body("nameVi", equalTo("tấn"));
    as("READER").get("/api/v1/units?limit=5").then().statusCode(200).body("items", hasSize(5));
    as("READER").get("/api/v1/units/XYZ").then().statusCode(404);
    String csv = csv(as("READER"), "/api/v1/units");
    assertThat(csv.lines().count())
        .isEqualTo(vn.tradehub.platform.figures.Unit.values().length + 1);
  }
}
