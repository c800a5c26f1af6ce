package vn.tradehub.platform.codelist;

import java.util.List;
import vn.tradehub.platform.revision.Revision;
import vn.tradehub.platform.web.Conditions;
import vn.tradehub.platform.web.Saved;

/**
 * What a service offers for one of its code lists (gates, VSIC, products, districts, ...): read an
 * entry, create or replace it on its code, and read its revisions. {@link CodeListResource} gives
 * it the one HTTP shape every code list has. Each method runs in a transaction of its own.
 *
 * @param <Q> the request record of a PUT
 * @param <R> the API record of an entry
 */
public interface CodeList<Q, R> extends CodeReader<R> {
  /** Creates or replaces the entry under {@code code}, as {@link Conditions} allow. */
  Saved<R> put(String code, Conditions conditions, Q request);

  /** Every revision of the entry, oldest first, or a 404 problem when there is no such entry. */
  List<Revision> revisions(String code);

  /** The entries that pass the filter with codes after {@code after} (all when null), by code. */
  List<R> page(Filter filter, String after, int limit);
}
