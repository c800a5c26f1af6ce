package vn.tradehub.commerce.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "retail_category")
public class RetailCategory extends ReferenceItem {}
