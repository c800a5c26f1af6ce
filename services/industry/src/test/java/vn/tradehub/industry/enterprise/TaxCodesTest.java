package vn.tradehub.industry.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The MST check digit as python-stdnum's vn.mst documents it, with its own doctest numbers. */
class TaxCodesTest {
  @Test
  void validCodesFromTheReference() {
    // 0100233488: 0·31 + 1·29 + 0·23 + 0·19 + 2·17 + 3·13 + 3·7 + 4·5 + 8·3 = 167; 167 mod 11 = 2;
    // 10 − 2 = 8.
    assertThat(TaxCodes.checkDigit("010023348")).isEqualTo(8);
    assertThat(TaxCodes.isValid("0100233488")).isTrue();
    assertThat(TaxCodes.isValid("0314409058-002")).isTrue();
    assertThat(TaxCodes.isValid("5101001859")).isTrue();
  }

  @Test
  void invalidCodes() {
    assertThat(TaxCodes.problem("0100233480"))
        .hasValueSatisfying(m -> assertThat(m).contains("should be 8"));
    assertThat(TaxCodes.problem("12345"))
        .hasValueSatisfying(m -> assertThat(m).contains("10 digits"));
    assertThat(TaxCodes.problem("0100233488002")).isPresent(); // a branch needs the dash
    assertThat(TaxCodes.problem("0100233488-000"))
        .hasValueSatisfying(m -> assertThat(m).contains("001 to 999"));
    assertThat(TaxCodes.problem("5100000000"))
        .hasValueSatisfying(m -> assertThat(m).contains("cannot all be 0"));
  }

  @Test
  void aPrefixWhoseSumIsAMultipleOf11HasNoValidCode() {
    // 5101000010: 5·31 + 1·29 + 0 + 1·19 + 0 + 0 + 0 + 1·5 + 0 = 208 = 18·11 + 10 → check 0, valid;
    // find a prefix with sum ≡ 0 (mod 11) and check that no last digit is accepted.
    String prefix = null;
    for (int n = 1; n < 1000 && prefix == null; n++) {
      String p = "51" + String.format("%07d", n);
      if (TaxCodes.checkDigit(p) == 10) prefix = p;
    }
    assertThat(prefix).isNotNull();
    for (int d = 0; d <= 9; d++) assertThat(TaxCodes.isValid(prefix + d)).isFalse();
  }
}
