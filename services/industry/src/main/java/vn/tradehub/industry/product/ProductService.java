package vn.tradehub.industry.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.CodeList;
import vn.tradehub.platform.problem.Problems;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

@ApplicationScoped
public class ProductService implements CodeList<ProductRequest, ProductResponse> {
  static final AggregateType<Product, ProductResponse> TYPE =
      AggregateType.of("Product", "Product", Product.class, ProductResponse::of, p -> p.version);

  private final Aggregates aggregates;

  public ProductService(Aggregates aggregates) {
    this.aggregates = aggregates;
  }

  @Transactional
  public List<ProductResponse> page(String after, int limit) {
    return Product.<Product>find("?1 is null or code > ?1 order by code", after)
        .page(0, limit)
        .stream()
        .map(ProductResponse::of)
        .toList();
  }

  @Override
  public ProductResponse get(String code) {
    return aggregates.get(TYPE, code);
  }

  @Override
  public Long version(ProductResponse entry) {
    return entry.version();
  }

  @Override
  @Transactional
  public Saved<ProductResponse> put(String code, Conditions conditions, ProductRequest request) {
    VsicNode cls = VsicNode.findById(request.vsicClass());
    if (cls == null || cls.level != VsicLevel.CLASS) {
      throw Problems.validation(
          "vsicClass", "not a VSIC 4-digit class of this service", request.vsicClass());
    }
    return aggregates.put(
        TYPE,
        code,
        conditions,
        aggregates.find(TYPE, code),
        () -> {
          Product p = new Product();
          p.code = code;
          return p;
        },
        p -> {
          p.nameVi = request.nameVi();
          p.nameEn = request.nameEn();
          p.unit = request.unit();
          p.vsicClass = request.vsicClass();
        });
  }

  @Override
  public List<Revision> revisions(String code) {
    return aggregates.revisions(TYPE, code, code);
  }
}
