package vn.tradehub.industry.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import vn.tradehub.industry.vsic.VsicLevel;
import vn.tradehub.industry.vsic.VsicNode;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.problem.Problems;

@ApplicationScoped
public class ProductService extends EntityCodeList<Product, ProductRequest, ProductResponse> {
  static final AggregateType<Product, ProductResponse> TYPE =
      AggregateType.of("Product", "Product", Product.class, ProductResponse::of, p -> p.version);

  ProductService() {}

  @Inject
  public ProductService(Aggregates aggregates) {
    super(aggregates, TYPE, "code");
  }

  @Override
  protected Consumer<Product> prepare(String code, ProductRequest request, Product existing) {
    VsicNode cls = VsicNode.findById(request.vsicClass());
    if (cls == null || cls.level != VsicLevel.CLASS) {
      throw Problems.validation(
          "vsicClass", "not a VSIC 4-digit class of this service", request.vsicClass());
    }
    return p -> {
      p.nameVi = request.nameVi();
      p.nameEn = request.nameEn();
      p.unit = request.unit();
      p.vsicClass = request.vsicClass();
    };
  }
}
