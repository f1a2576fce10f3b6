package io.scalelab.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void writesTheWholeTextAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/design.yaml");
    AtomicFiles.writeString(file, "name: a\n");
    AtomicFiles.writeString(file, "name: b\n");
    assertThat(Files.readString(file)).isEqualTo("name: b\n");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aNewFileIsReadableByOthersAndAnOldOneKeepsItsMode(@TempDir Path dir) throws Exception {
    assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "POSIX permissions");
    Path report = dir.resolve("report.html");
    AtomicFiles.writeString(report, "<p>1</p>");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r--r--");

    Path secret = dir.resolve("private.yaml");
    Files.writeString(secret, "x");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    AtomicFiles.writeString(secret, "y");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
        .isEqualTo("rw-------");
  }
}
