package vn.tradehub.commerce.reference;

import jakarta.persistence.MappedSuperclass;
import vn.tradehub.platform.codelist.CodeEntity;

/** A coded reference entry with Vietnamese and English names; each kind has its own table. */
@MappedSuperclass
public abstract class ReferenceItem extends CodeEntity {}
