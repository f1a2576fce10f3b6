package io.scalelab.exporters.apply;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Terraform root module to init, plan and apply.
 *
 * @param dir the root module's folder
 * @param usesAws whether it (or a module below it) uses the {@code hashicorp/aws} provider, which
 *     needs AWS credentials
 */
record TerraformRoot(Path dir, boolean usesAws) {

  /**
   * The AWS provider in a configuration: its registry source, a {@code provider "aws"} block, or an
   * {@code aws_*} resource or data source (which uses it implicitly).
   */
  private static final Pattern AWS =
      Pattern.compile(
          "\"(registry\\.terraform\\.io/)?hashicorp/aws\"|provider\\s+\"aws\"|(resource|data)\\s+"
              + "\"aws_");

  /** Whether {@code dir} is a folder with Terraform files directly in it. */
  static boolean isRoot(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> Files.isRegularFile(p) && isTerraformFile(p));
    }
  }

  static TerraformRoot read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      // .terraform/ holds downloaded modules and providers: not the user's configuration.
      files =
          s.filter(p -> Files.isRegularFile(p) && isTerraformFile(p) && !hidden(dir.relativize(p)))
              .toList();
    }
    for (Path f : files) {
      if (AWS.matcher(Files.readString(f)).find()) {
        return new TerraformRoot(dir, true);
      }
    }
    return new TerraformRoot(dir, false);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTerraformFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".tf") || name.endsWith(".tf.json");
  }
}
