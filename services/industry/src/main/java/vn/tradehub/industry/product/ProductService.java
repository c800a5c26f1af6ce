package vn.tradehub.industry.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.util.List;
import vn.tradehub.industry.common.Preconditions;
import vn.tradehub.industry.common.Saved;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revisions;
import vn.tradehub.platform.security.Caller;

@ApplicationScoped
public class ProductService {
  private final Revisions revisions;
  private final Caller caller;

  public ProductService(Revisions revisions, Caller caller) {
    this.revisions = revisions;
    this.caller = caller;
  }

  @Transactional
  public List<ProductResponse> list(String after, int limitPlusOne) {
    List<Product> rows =
        after == null
            ? Product.<Product>find("order by code").range(0, limitPlusOne - 1).list()
            : Product.<Product>find("code > ?1 order by code", after)
                .range(0, limitPlusOne - 1)
                .list();
    return rows.stream().map(ProductResponse::of).toList();
  }

  @Transactional
  public ProductResponse get(String code) {
    Product p = Product.findById(code);
    if (p == null) throw Problems.notFound("Product", code);
    return ProductResponse.of(p);
  }

  @Transactional
  public Saved<ProductResponse> put(String code, String ifMatch, @Valid ProductRequest request) {
    if (!code.matches("[A-Z0-9][A-Z0-9-]{1,39}")) {
      throw Problems.validation("code", "2 to 40 capital letters, digits and '-'", code);
    }
    VsicNode cls = VsicNode.findById(request.vsicClass());
    if (cls == null || cls.level != VsicLevel.CLASS) {
      throw Problems.validation(
          "vsicClass", "not a VSIC 4-digit class of this service", request.vsicClass());
    }
    Product p = Product.findById(code);
    Preconditions.check(ifMatch, p == null ? null : p.version);
    ProductResponse before = p == null ? null : ProductResponse.of(p);
    if (p == null) {
      p = new Product();
      p.code = code;
    }
    p.nameVi = request.nameVi();
    p.nameEn = request.nameEn();
    p.unit = request.unit();
    p.vsicClass = request.vsicClass();
    p.persistAndFlush();
    ProductResponse after = ProductResponse.of(p);
    if (before == null || after.version() != before.version()) {
      revisions.record(
          "Product",
          code,
          p.version,
          before == null ? "CREATED" : "AMENDED",
          caller.name(),
          before,
          after);
    }
    return new Saved<>(after, before == null, p.version);
  }
}
