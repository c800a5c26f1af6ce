package vn.tradehub.bordertrade.hs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.tradehub.platform.codelist.CodeReader;
import vn.tradehub.platform.problem.Problems;

/**
 * The HS nomenclature as a read-only code list: each code with its subheading, heading, chapter and
 * section. Published by the WCO, not edited here, so entries have no version.
 */
@ApplicationScoped
public class HsCodes implements CodeReader<HsCodeResponse> {
  /** What a lookup accepts: a chapter, a heading, a subheading or a national code. */
  static final String LOOKUP = "^(\\d{2}|\\d{4}|\\d{6,10})$";

  private final HsNomenclature hs;

  public HsCodes(HsNomenclature hs) {
    this.hs = hs;
  }

  /**
   * A chapter (2 digits), heading (4), subheading (6) or national code (8 to 10, AHTN-based: known
   * by its 6-digit prefix), or a 404 problem.
   */
  @Override
  public HsCodeResponse get(String code) {
    if (!code.matches(LOOKUP))
      throw Problems.validation("code", "an HS code has 2, 4 or 6 to 10 digits", code);
    String own = code.length() >= 6 ? code.substring(0, 6) : code;
    HsNomenclature.Entry self = hs.find(own).orElseThrow(() -> Problems.notFound("HS code", code));
    return describe(code, self);
  }

  @Override
  public Long version(HsCodeResponse entry) {
    return null;
  }

  /** Codes in code order after {@code after}, filtered by prefix and level where given. */
  public List<HsCodeResponse> page(String prefix, HsCodeLevel level, String after, int limit) {
    return hs.page(prefix, level == null ? null : level.digits(), after, limit).stream()
        .map(e -> describe(e.code(), e))
        .toList();
  }

  /** {@code code} (a listed code, or a national code under the subheading {@code self}). */
  private HsCodeResponse describe(String code, HsNomenclature.Entry self) {
    HsCodeResponse.Level subheading = code.length() >= 6 ? level(code.substring(0, 6)) : null;
    HsCodeResponse.Level heading = code.length() >= 4 ? level(code.substring(0, 4)) : null;
    HsCodeResponse.Level chapter = level(code.substring(0, 2));
    if (HsNomenclature.statisticalOnly(code)) {
      return new HsCodeResponse(
          code,
          false,
          HsNomenclature.CHAPTER_99,
          self.description(),
          subheading,
          heading,
          chapter,
          null);
    }
    HsCodeResponse.Level section =
        new HsCodeResponse.Level(self.section(), hs.sectionName(self.section()));
    return new HsCodeResponse(
        code, true, null, self.description(), subheading, heading, chapter, section);
  }

  private HsCodeResponse.Level level(String code) {
    return hs.find(code).map(e -> new HsCodeResponse.Level(e.code(), e.description())).orElse(null);
  }
}
