package vn.tradehub.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test (or a whole test class) whose HTTP exchanges are deliberately outside the OpenAPI
 * document, so {@link ContractValidation} does not check them: a routing test that calls a fake
 * service's made-up paths, say. The reason is required, and is the review's business.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OutsideTheContract {
  String value();
}
