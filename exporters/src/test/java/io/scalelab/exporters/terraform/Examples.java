package io.scalelab.exporters.terraform;

import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The design files of {@code examples/} (read from the repository, since {@code exporters} does not
 * depend on {@code phases}) and the test designs, exported with the default options.
 */
final class Examples {

  /** The repository's examples folder, relative to the module directory Maven runs tests in. */
  static final Path EXAMPLES = Path.of("../examples");

  /** The five phase presets, in journey order. */
  static final List<String> PHASES =
      List.of(
          "phase-0-mvp",
          "phase-1-high-availability",
          "phase-2-microservices",
          "phase-3-performance",
          "phase-4-global");

  /** A design with a queue, topic, stream, Lambda, API Gateway, DynamoDB and S3, kept for tests. */
  static final Path SERVERLESS = Path.of("src/test/resources/terraform/serverless.yaml");

  private Examples() {}

  /** Every design file of examples/ and the test designs. */
  static List<Path> all() {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      List<Path> files =
          new java.util.ArrayList<>(
              s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
      files.add(SERVERLESS);
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Design load(Path file) {
    try {
      return Designs.load(file);
    } catch (Exception e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }

  static GeneratedFiles export(Path file) {
    try {
      return TerraformExport.generate(load(file), TerraformOptions.defaults());
    } catch (TerraformException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }

  static String name(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.lastIndexOf('.'));
  }
}
