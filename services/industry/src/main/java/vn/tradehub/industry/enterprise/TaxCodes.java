package vn.tradehub.industry.enterprise;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese tax codes (MST, mã số thuế): 10 digits, or 10 digits, '-' and 3 digits for a branch.
 * Digits 1-2 are the province, 3-9 a sequence, 10 the check digit of the first nine; the branch
 * suffix runs 001-999. Check digit as documented by python-stdnum's {@code vn.mst}: {@code 10 − (Σ
 * dᵢ·wᵢ mod 11)} with weights 31, 29, 23, 19, 17, 13, 7, 5, 3. When the sum is ≡ 0 (mod 11) that
 * gives 10, which no digit equals, so such a prefix has no valid code.
 */
public final class TaxCodes {
  private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");
  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private TaxCodes() {}

  /** The check digit for the first nine digits (10 when none is possible). */
  public static int checkDigit(String firstNine) {
    int total = 0;
    for (int i = 0; i < 9; i++) total += WEIGHTS[i] * (firstNine.charAt(i) - '0');
    return 10 - total % 11;
  }

  /** Why the code is invalid, or empty when it is valid. */
  public static Optional<String> problem(String taxCode) {
    if (taxCode == null || !FORMAT.matcher(taxCode).matches()) {
      return Optional.of(
          "a tax code (MST) is 10 digits, or 10 digits, '-' and 3 digits for a branch");
    }
    if (taxCode.substring(2, 9).equals("0000000")) {
      return Optional.of(
          "digits 3 to 9 of a tax code (MST) are a sequence number and cannot all be 0");
    }
    if (taxCode.length() == 14 && taxCode.endsWith("-000")) {
      return Optional.of("a branch suffix runs from 001 to 999");
    }
    int expected = checkDigit(taxCode);
    if (expected != taxCode.charAt(9) - '0') {
      return Optional.of(
          expected == 10
              ? "check digit mismatch: no check digit is valid for " + taxCode.substring(0, 9)
              : "check digit mismatch: the 10th digit should be " + expected);
    }
    return Optional.empty();
  }

  public static boolean isValid(String taxCode) {
    return problem(taxCode).isEmpty();
  }
}
