package vn.tradehub.industry.village;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import vn.tradehub.platform.codelist.CodeEntity;
import vn.tradehub.platform.geo.Location;

/**
 * A village (thôn, bản); border villages are tracked for the rural-electrification criterion,
 * counted in the commune they lie in on the date asked.
 */
@Entity
@Table(name = "village")
public class Village extends CodeEntity {

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "village_location", joinColumns = @JoinColumn(name = "village_code"))
  @BatchSize(size = 200)
  public List<Location> locations = new ArrayList<>();

  public boolean border;

  @Column(name = "electrified_on")
  public LocalDate electrifiedOn;
}
