package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.exporters.files.ExportDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code terraform fmt} leaves every export unchanged: the real Terraform binary is the judge of
 * the layout. Skipped, with a message, where no {@code terraform} is on the PATH.
 */
class TerraformFmtTest {

  static Stream<Path> designs() {
    return Examples.all().stream();
  }

  /** The terraform binary on the PATH, or null. */
  static Path terraform() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "terraform");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  @ParameterizedTest
  @MethodSource("designs")
  void terraformFmtLeavesTheExportUnchanged(Path design, @TempDir Path dir) throws Exception {
    Path terraform = terraform();
    Assumptions.assumeTrue(
        terraform != null, "terraform is not on the PATH: the fmt check of the export is skipped");
    Path out = dir.resolve("tf");
    ExportDirectory.write(Examples.export(design), out, false);
    Result r = run(terraform, out, "fmt", "-check", "-recursive", "-diff");
    assertThat(r.exit()).as(design + ": terraform fmt -check -diff says\n" + r.output()).isZero();
  }

  record Result(int exit, String output) {}

  static Result run(Path terraform, Path dir, String... args)
      throws IOException, InterruptedException {
    return runWithInput(terraform, dir, "", args);
  }

  /** Runs terraform in {@code dir} with {@code input} on its standard input. */
  static Result runWithInput(Path terraform, Path dir, String input, String... args)
      throws IOException, InterruptedException {
    String[] cmd = new String[args.length + 1];
    cmd[0] = terraform.toString();
    System.arraycopy(args, 0, cmd, 1, args.length);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    // Offline and without the user's CLI configuration.
    pb.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
    pb.environment().put("CHECKPOINT_DISABLE", "1");
    // Output for a program: no "run terraform plan next" hints.
    pb.environment().put("TF_IN_AUTOMATION", "1");
    Process p = pb.start();
    try (var in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    }
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("terraform did not finish in 2 minutes");
    }
    return new Result(p.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
