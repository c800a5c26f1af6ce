package vn.tradehub.platform.codelist;

/**
 * Reading one entry of a code list. Published standards that this API does not edit (the HS
 * nomenclature, UN/ECE units) offer only this, through {@link ReadableCodeListResource}.
 */
public interface CodeReader<R> {
  /** The entry, or a 404 problem. */
  R get(String code);

  /** The version of an entry, sent as its ETag; null for a list that is not edited here. */
  Long version(R entry);
}
