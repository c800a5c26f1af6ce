package vn.tradehub.platform.it;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tradehub.platform.aggregate.AggregateType;
import vn.tradehub.platform.aggregate.Aggregates;
import vn.tradehub.platform.aggregate.Versioned;
import vn.tradehub.platform.codelist.EntityCodeList;
import vn.tradehub.platform.codelist.PlainCodeListResource;

@Path("/api/v1/colours")
@Tag(name = "Colours")
public class ColourResource
    extends PlainCodeListResource<ColourResource.Request, ColourResource.Entry> {
  public record Request(
      @NotBlank @Size(max = 100) String nameVi,
      @NotBlank @Size(max = 100) String nameEn,
      @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal share) {}

  public record Entry(String code, String nameVi, String nameEn, Names names, long version)
      implements Versioned {
    static Entry of(Colour c) {
      return new Entry(c.code, c.nameVi, c.nameEn, new Names(c.nameVi, c.share), c.version);
    }
  }

  /** A nested record, to show how CSV flattens it. */
  public record Names(String vi, BigDecimal share) {}

  public ColourResource(Colours colours) {
    super(colours, Entry.class, Entry::code);
  }

  @jakarta.enterprise.context.ApplicationScoped
  public static class Colours extends EntityCodeList<Colour, Request, Entry> {
    public Colours(Aggregates aggregates) {
      super(
          aggregates,
          AggregateType.of("Colour", "Colour", Colour.class, Entry::of, c -> c.version),
          "code");
    }

    @Override
    protected java.util.function.Consumer<Colour> prepare(String code, Request r, Colour existing) {
      return c -> {
        c.nameVi = r.nameVi();
        c.nameEn = r.nameEn();
        c.share = r.share();
      };
    }
  }
}
