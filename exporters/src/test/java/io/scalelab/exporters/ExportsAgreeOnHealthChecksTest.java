package io.scalelab.exporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * With default options, the Route 53 and load balancer health checks Terraform makes request the
 * path the Kubernetes probes and the Ingress load balancer's health check request: a check on a
 * path the application does not serve would fail a healthy region over.
 */
class ExportsAgreeOnHealthChecksTest {

  private static final String ALB_HEALTH_PATH = "alb.ingress.kubernetes.io/healthcheck-path";

  @Test
  void terraformsHealthCheckPathIsThePathOfTheKubernetesProbesAndIngress() throws Exception {
    int compared = 0;
    for (Path design : ExportedAddresses.designs()) {
      ExportedAddresses e = new ExportedAddresses(design);
      Map<String, Object> variable = e.root("variable").get("health_check_path");
      List<String> kubernetesPaths = kubernetesHealthPaths(e.kubernetes);
      if (variable == null || kubernetesPaths.isEmpty()) {
        continue;
      }
      for (String path : kubernetesPaths) {
        assertThat(variable.get("default"))
            .as("%s: Terraform's health_check_path against the Kubernetes export's", design)
            .isEqualTo(path);
        compared++;
      }
    }
    assertThat(compared).as("designs with both kinds of health check").isPositive();
  }

  /** The paths of every HTTP probe and every ALB health check annotation, read with SnakeYAML. */
  @SuppressWarnings("unchecked")
  private static List<String> kubernetesHealthPaths(Map<String, String> files) {
    List<String> out = new ArrayList<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (String text : files.values()) {
      for (Object doc : yaml.loadAll(text)) {
        collect(doc, out);
      }
    }
    return out;
  }

  /** Walks a manifest: an {@code httpGet} probe's {@code path}, the ALB's annotation. */
  private static void collect(Object node, List<String> out) {
    if (node instanceof Map<?, ?> m) {
      if (m.get("httpGet") instanceof Map<?, ?> get && get.get("path") instanceof String p) {
        out.add(p);
      }
      if (m.get(ALB_HEALTH_PATH) instanceof String p) {
        out.add(p);
      }
      m.values().forEach(v -> collect(v, out));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collect(v, out));
    }
  }
}
