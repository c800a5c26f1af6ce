package vn.tradehub.gateway.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.tradehub.platform.security.Roles;

/**
 * In the local demo only: fresh, clearly marked demo keys at every start (one admin, one customs,
 * one statistics, one reader, one per seeded gate), written to a file the run script prints. Demo
 * keys are refused whenever the demo is off.
 */
@ApplicationScoped
public class DemoKeys {
  private static final Logger LOG = Logger.getLogger(DemoKeys.class);

  void create(
      @Observes StartupEvent event,
      ApiKeyStore store,
      SecurityConfig config,
      @ConfigProperty(name = "tradehub.demo.enabled", defaultValue = "false") boolean demo) {
    if (!demo) return;
    store.deleteDemoKeys();
    List<String> lines = new ArrayList<>();
    lines.add(
        "# DEMO API KEYS - local demo only, refused in any other profile. Use: Authorization: ApiKey <key>");
    lines.add(line("demo-admin", Set.of(Roles.ADMIN), Set.of(), store));
    lines.add(line("demo-customs", Set.of(Roles.CUSTOMS), Set.of(), store));
    lines.add(line("demo-statistics", Set.of(Roles.STATISTICS), Set.of(), store));
    lines.add(line("demo-reader", Set.of(Roles.READER), Set.of(), store));
    for (String gate : config.demoGates())
      lines.add(
          line(
              "demo-gate-" + gate.toLowerCase().replace('_', '-'),
              Set.of(Roles.GATE),
              Set.of(gate),
              store));
    config
        .demoKeysFile()
        .ifPresent(
            file -> {
              try {
                Path path = Path.of(file);
                if (path.getParent() != null) Files.createDirectories(path.getParent());
                Files.write(path, lines);
                LOG.infof("Demo API keys written to %s", path.toAbsolutePath());
              } catch (IOException e) {
                LOG.errorf("Could not write demo keys to %s: %s", file, e.getMessage());
              }
            });
  }

  private static String line(String name, Set<String> roles, Set<String> gates, ApiKeyStore store) {
    String key = store.create(name, roles, gates, Set.of(), null, true, "demo");
    return String.format(
        "%-26s %-12s %s",
        name,
        String.join(",", roles) + (gates.isEmpty() ? "" : ":" + String.join(",", gates)),
        key);
  }
}
