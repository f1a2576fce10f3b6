package io.scalelab.exporters.apply;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test folders and an environment in which the real tools run without touching the user's setup.
 */
final class Fixtures {

  private Fixtures() {}

  /** Skips the test, saying why, when {@code tool} is not on this machine's PATH. */
  static void assumeOnPath(Tool tool) {
    boolean found;
    try {
      new Tools(Map.of(), System.getenv()).require(tool);
      found = true;
    } catch (ApplyException e) {
      found = false;
    }
    assumeTrue(
        found, tool.command() + " is not on the PATH: the apply tests that run it are skipped");
  }

  /** Skips a test that expects no credentials when this machine has an EC2 instance profile. */
  static void assumeNotOnEc2() throws IOException {
    Path vendor = Path.of("/sys/devices/virtual/dmi/id/sys_vendor");
    assumeTrue(
        !Files.isReadable(vendor) || !Files.readString(vendor).strip().equals("Amazon EC2"),
        "running on EC2, where the instance profile counts as AWS credentials");
  }

  /**
   * This process's environment with a private Terraform CLI config (no plugin cache or credentials
   * of the developer's), no update check, and no AWS or kubeconfig settings leaking in.
   */
  static Map<String, String> environment(Path tmp) throws IOException {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet()
        .removeIf(k -> k.startsWith("AWS_") || k.startsWith("TF_") || k.equals("KUBECONFIG"));
    Path rc = tmp.resolve("terraformrc");
    if (!Files.exists(rc)) {
      Files.writeString(rc, "");
    }
    env.put("TF_CLI_CONFIG_FILE", rc.toString());
    env.put("CHECKPOINT_DISABLE", "1");
    env.put("HOME", tmp.toString());
    return env;
  }

  /** Options for a test: its own environment and home, asking before each apply. */
  static ApplyOptions options(Path tmp) throws IOException {
    return ApplyOptions.fromSystem().withEnvironment(environment(tmp)).withHome(tmp);
  }

  /** Copies the test resource folder {@code apply/NAME} into {@code target}. */
  static Path copy(String name, Path target) throws IOException {
    Path source;
    try {
      source = Path.of(Fixtures.class.getResource("/apply/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          try (InputStream in = Files.newInputStream(p)) {
            Files.copy(in, to);
          }
        }
      }
    }
    return target;
  }

  /** The managed resources in a Terraform state file, as "type.name", read with Jackson. */
  static List<String> resourcesInState(Path root) throws IOException {
    Path state = root.resolve("terraform.tfstate");
    List<String> found = new ArrayList<>();
    if (!Files.exists(state)) {
      return found;
    }
    JsonNode json = new ObjectMapper().readTree(state.toFile());
    for (JsonNode r : json.path("resources")) {
      if (r.path("mode").asText().equals("managed") && r.path("instances").size() > 0) {
        found.add(r.path("type").asText() + "." + r.path("name").asText());
      }
    }
    return found;
  }

  /** A kubeconfig whose one cluster is unreachable (nothing listens on port 1). */
  static Path kubeconfig(Path tmp, String currentContext, String... contexts) throws IOException {
    StringBuilder y =
        new StringBuilder(
            """
            apiVersion: v1
            kind: Config
            clusters:
            - name: unreachable
              cluster:
                server: https://127.0.0.1:1
                insecure-skip-tls-verify: true
            users:
            - name: tester
              user:
                token: not-a-real-token
            contexts:
            """);
    for (String c : contexts) {
      y.append("- name: \"").append(c).append("\"\n");
      y.append("  context: {cluster: unreachable, user: tester}\n");
    }
    if (!currentContext.isEmpty()) {
      y.append("current-context: \"").append(currentContext).append("\"\n");
    }
    Path file = tmp.resolve("kubeconfig");
    Files.writeString(file, y.toString());
    return file;
  }

  /** A kustomize folder for {@code region} with one ConfigMap; {@code header} is its first line. */
  static Path kustomization(Path dir, String header, String namespace) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        header
            + "\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
            + (namespace.isEmpty() ? "" : "namespace: " + namespace + "\n")
            + "resources:\n  - settings.yaml\n");
    Files.writeString(
        dir.resolve("settings.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: test\n");
    return dir;
  }
}
