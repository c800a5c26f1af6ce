package vn.tradehub.commerce.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.problem.Problems;

/** One kind of reference entry (retail categories, ownership sectors) as a code list. */
public abstract class ReferenceList
    extends EntityCodeList<ReferenceItem, ReferenceItemRequest, ReferenceItemResponse> {
  /**
   * Codes of these lists are stricter than the platform's: a letter first, then capitals, digits
   * and '_' (the tables check it), so a code such as {@code 1X} or {@code A-B} is refused here.
   */
  static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]{1,39}$");

  ReferenceList() {}

  ReferenceList(Aggregates aggregates, ReferenceKind kind) {
    super(aggregates, kind.type(), "code");
  }

  /** Creates an entry, or renames it; codes never change (reports refer to them). */
  @Override
  protected Consumer<ReferenceItem> prepare(
      String code, ReferenceItemRequest request, ReferenceItem existing) {
    if (!CODE.matcher(code).matches()) {
      throw Problems.validation("code", "must match " + CODE.pattern() + " (e.g. NON_STATE)", code);
    }
    return item -> {
      item.nameVi = request.nameVi();
      item.nameEn = request.nameEn();
    };
  }

  @ApplicationScoped
  public static class RetailCategories extends ReferenceList {
    RetailCategories() {}

    @Inject
    public RetailCategories(Aggregates aggregates) {
      super(aggregates, ReferenceKind.RETAIL_CATEGORY);
    }
  }

  @ApplicationScoped
  public static class OwnershipSectors extends ReferenceList {
    OwnershipSectors() {}

    @Inject
    public OwnershipSectors(Aggregates aggregates) {
      super(aggregates, ReferenceKind.OWNERSHIP_SECTOR);
    }
  }
}
