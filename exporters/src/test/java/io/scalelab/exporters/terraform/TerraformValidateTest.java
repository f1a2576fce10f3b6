package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.exporters.files.ExportDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code terraform validate} accepts every export: the real Terraform binary with the real AWS
 * provider judges references, types, required arguments and module calls. Needs {@code terraform}
 * on the PATH and a local provider mirror (no network): the directory in {@code
 * SCALELAB_TF_PLUGIN_DIR}, or {@value #DEFAULT_PLUGIN_DIR}; skipped, with a message, without them.
 */
class TerraformValidateTest {

  /** Environment variable naming the provider mirror ({@code terraform init -plugin-dir}). */
  static final String PLUGIN_DIR_ENV = "SCALELAB_TF_PLUGIN_DIR";

  /** Where the build machines keep the hashicorp/aws mirror when the variable is unset. */
  static final String DEFAULT_PLUGIN_DIR = "/opt/tf-plugins";

  static Stream<Path> designs() {
    return Examples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void terraformValidateAcceptsTheExport(Path design, @TempDir Path dir) throws Exception {
    Path terraform = TerraformFmtTest.terraform();
    Assumptions.assumeTrue(
        terraform != null, "terraform is not on the PATH: the validate check is skipped");
    Path plugins = Path.of(System.getenv().getOrDefault(PLUGIN_DIR_ENV, DEFAULT_PLUGIN_DIR));
    Assumptions.assumeTrue(
        Files.isDirectory(plugins),
        "no provider mirror at "
            + plugins
            + " (set "
            + PLUGIN_DIR_ENV
            + "): the validate check is skipped");
    Path out = dir.resolve("tf");
    ExportDirectory.write(Examples.export(design), out, false);
    // -plugin-dir links the unpacked provider rather than copying it: init takes seconds.
    TerraformFmtTest.Result init =
        TerraformFmtTest.run(
            terraform,
            out,
            "init",
            "-backend=false",
            "-input=false",
            "-no-color",
            "-plugin-dir=" + plugins.toAbsolutePath());
    assertThat(init.exit()).as(design + ": terraform init says\n" + init.output()).isZero();
    TerraformFmtTest.Result validate =
        TerraformFmtTest.run(terraform, out, "validate", "-no-color");
    assertThat(validate.exit())
        .as(design + ": terraform validate says\n" + validate.output())
        .isZero();
  }
}
