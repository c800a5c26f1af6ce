package vn.tradehub.industry.vsic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.tradehub.platform.codelist.CodeEntity;

/** A VSIC 2018 section, division or class. */
@Entity
@Table(name = "vsic")
public class VsicNode extends CodeEntity {

  @Enumerated(EnumType.STRING)
  public VsicLevel level;

  @Column(name = "parent_code")
  public String parentCode;
}
