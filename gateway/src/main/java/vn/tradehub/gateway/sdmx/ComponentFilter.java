package vn.tradehub.gateway.sdmx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One {@code c[COMPONENT]=...} filter: alternatives joined by {@code ,} (OR), each a conjunction of
 * terms joined by {@code +} (AND), each term an optional operator ({@code eq ne lt le gt ge co nc
 * sw ew}, default eq) and a value: {@code c[TIME_PERIOD]=ge:2020-01+le:2020-12}, {@code
 * c[TRADE_FLOW]=EXPORT,IMPORT}.
 */
public record ComponentFilter(String component, List<List<Term>> alternatives) {
  public static final Set<String> OPERATORS =
      Set.of("eq", "ne", "lt", "le", "gt", "ge", "co", "nc", "sw", "ew");

  public record Term(String op, String value) {}

  /**
   * @throws IllegalArgumentException for an empty value or an unknown operator
   */
  public static ComponentFilter parse(String component, String expression) {
    if (expression == null || expression.isEmpty())
      throw new IllegalArgumentException("c[" + component + "] has no value");
    List<List<Term>> alternatives = new ArrayList<>();
    for (String alt : expression.split(",", -1)) {
      List<Term> terms = new ArrayList<>();
      for (String t : alt.split("\\+", -1)) {
        if (t.isEmpty())
          throw new IllegalArgumentException(
              "c[" + component + "]: empty value in '" + expression + "'");
        int colon = t.indexOf(':');
        String op = "eq";
        String value = t;
        if (colon == 2 && OPERATORS.contains(t.substring(0, 2).toLowerCase(Locale.ROOT))) {
          op = t.substring(0, 2).toLowerCase(Locale.ROOT);
          value = t.substring(3);
        } else if (colon == 2) {
          throw new IllegalArgumentException(
              "c["
                  + component
                  + "]: unknown operator '"
                  + t.substring(0, 2)
                  + "'; use one of "
                  + OPERATORS);
        }
        if (value.isEmpty())
          throw new IllegalArgumentException("c[" + component + "]: '" + t + "' has no value");
        terms.add(new Term(op, value));
      }
      alternatives.add(List.copyOf(terms));
    }
    return new ComponentFilter(component, List.copyOf(alternatives));
  }
}
