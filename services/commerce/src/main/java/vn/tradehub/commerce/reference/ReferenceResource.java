package vn.tradehub.commerce.reference;

import vn.tradehub.platform.codelist.PlainCodeListResource;

/**
 * The one HTTP shape of the three reference lists: the platform's code list plus a keyset list in
 * code order. Each kind is a subclass that only names its path, its tag and its kind.
 */
public abstract class ReferenceResource
    extends PlainCodeListResource<ReferenceItemRequest, ReferenceItemResponse> {
  protected ReferenceResource(ReferenceList list) {
    super(list, ReferenceItemResponse.class, ReferenceItemResponse::code);
  }
}
