package vn.tradehub.commerce.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "ownership_sector")
public class OwnershipSector extends ReferenceItem {}
