package vn.tradehub.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.Test;

/** Quarkus apps discover the producer through the Jandex index this module ships. */
class GeographyProducerTest {

  @Test
  void producesTheShippedRegistry() {
    GeographyProducer producer = new GeographyProducer();
    assertThat(producer.geography()).isSameAs(Geography.classpath());
    assertThat(producer.geography().releases()).isNotEmpty();
  }

  @Test
  void theJandexIndexHoldsTheProducerBean() throws Exception {
    Path idx = Path.of("target/classes/META-INF/jandex.idx");
    assertThat(idx).exists();
    Index index;
    try (InputStream in = Files.newInputStream(idx)) {
      index = new IndexReader(in).read();
    }
    ClassInfo producer =
        index.getClassByName(DotName.createSimple(GeographyProducer.class.getName()));
    assertThat(producer).isNotNull();
    assertThat(
            producer.hasDeclaredAnnotation(
                DotName.createSimple("jakarta.enterprise.context.ApplicationScoped")))
        .isTrue();
    assertThat(
            producer
                .method("geography")
                .hasAnnotation(DotName.createSimple("jakarta.enterprise.inject.Produces")))
        .isTrue();
  }
}
