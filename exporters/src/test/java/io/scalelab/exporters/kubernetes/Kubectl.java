package io.scalelab.exporters.kubernetes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The real {@code kubectl} on the PATH, for tests; they are skipped where there is none. */
final class Kubectl {

  /** Generous: kustomize builds a folder in well under a second. */
  private static final long TIMEOUT_SECONDS = 60;

  private Kubectl() {}

  /** The kubectl binary, or a skipped test saying why. */
  static Path require() {
    Optional<Path> found = find();
    assumeTrue(
        found.isPresent(),
        "kubectl is not on the PATH: the kustomize build check needs the real binary");
    return found.get();
  }

  private static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "kubectl");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The output of {@code kubectl kustomize dir}; fails with kubectl's message if it fails. */
  static String kustomize(Path kubectl, Path dir) throws IOException, InterruptedException {
    Path out = Files.createTempFile("kustomize", ".yaml");
    Path err = Files.createTempFile("kustomize", ".err");
    try {
      Process p =
          new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("kubectl kustomize " + dir + " did not finish");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(
            "kubectl kustomize "
                + dir
                + " failed: "
                + Files.readString(err, StandardCharsets.UTF_8));
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
