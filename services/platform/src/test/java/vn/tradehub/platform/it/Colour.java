package vn.tradehub.platform.it;

import jakarta.persistence.Entity;
import java.math.BigDecimal;
import vn.tradehub.platform.codelist.CodeEntity;

/** A code list of the platform's test app. */
@Entity
public class Colour extends CodeEntity {

  public BigDecimal share;
}
