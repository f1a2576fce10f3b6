package io.scalelab.exporters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The export of each phase preset equals its reviewed copy under {@code
 * src/test/resources/golden/kubernetes/<preset>/} ({@code warnings.txt} holds the warnings, one a
 * line). After a deliberate change, regenerate with {@code -Dscalelab.golden.update=true}, read the
 * diff, and commit it.
 */
class KubernetesGoldenTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "kubernetes");
  private static final String WARNINGS = "warnings.txt";
  private static final boolean UPDATE = Boolean.getBoolean("scalelab.golden.update");

  static List<String> presets() {
    return Manifests.PRESETS;
  }

  @ParameterizedTest
  @MethodSource("presets")
  void exportMatchesTheReviewedFiles(String preset) throws Exception {
    var result = KubernetesExport.generate(Manifests.example(preset), KubernetesOptions.defaults());
    Map<String, String> actual = new TreeMap<>(result.files().files());
    actual.put(WARNINGS, String.join("\n", result.warnings()) + "\n");
    Path dir = GOLDEN.resolve(preset);
    if (UPDATE) {
      write(dir, actual);
    }
    assertThat(read(dir)).isEqualTo(actual);
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String relative = dir.relativize(p).toString().replace('\\', '/');
        files.put(relative, Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static void write(Path dir, Map<String, String> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
    }
  }
}
