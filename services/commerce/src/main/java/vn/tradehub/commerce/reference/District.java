package vn.tradehub.commerce.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "district")
public class District extends ReferenceItem {}
