package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.exporters.files.GeneratedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The export of each phase preset equals its golden files, which were read and reviewed by hand as
 * a Terraform user reads them. Regenerate after an intended change with {@code
 * -Dscalelab.golden.update=true}, then review the diff.
 */
class GoldenFilesTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/terraform");

  static Stream<String> phases() {
    return Examples.PHASES.stream();
  }

  @ParameterizedTest
  @MethodSource("phases")
  void phasePresetExportMatchesItsReviewedGoldenFiles(String phase) throws IOException {
    GeneratedFiles files = Examples.export(Examples.EXAMPLES.resolve(phase + ".yaml"));
    Path dir = GOLDEN.resolve(phase);
    if (Boolean.getBoolean("scalelab.golden.update")) {
      rewrite(dir, files.files());
    }
    assertThat(read(dir)).isEqualTo(files.files());
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(
            dir.relativize(p).toString().replace('\\', '/'),
            Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static void rewrite(Path dir, Map<String, String> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
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
