package io.scalelab.exporters.apply;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the tools to run: an explicit path when one was given, otherwise the first executable of
 * that name on the {@code PATH} of the environment the tools will run with (as a shell would).
 */
final class Tools {

  /** Windows executables need an extension; the usual ones, in PATHEXT's usual order. */
  private static final List<String> WINDOWS_EXTENSIONS = List.of(".exe", ".cmd", ".bat");

  private final Map<Tool, Path> explicit;
  private final Map<String, String> environment;

  Tools(Map<Tool, Path> explicit, Map<String, String> environment) {
    this.explicit = explicit.isEmpty() ? Map.of() : new EnumMap<>(explicit);
    this.environment = Map.copyOf(environment);
  }

  /** The tool's executable, or a one-line explanation of what is missing. */
  Path require(Tool tool) throws ApplyException {
    Path given = explicit.get(tool);
    if (given != null) {
      if (!Files.isRegularFile(given) || !Files.isExecutable(given)) {
        throw new ApplyException(
            ApplyException.Reason.UNAVAILABLE,
            tool.command() + " at " + given + " is not an executable file");
      }
      return given;
    }
    return onPath(tool)
        .orElseThrow(
            () ->
                new ApplyException(
                    ApplyException.Reason.UNAVAILABLE,
                    tool.command()
                        + " was not found on the PATH; install it ("
                        + tool.installUrl()
                        + ") or put it on the PATH, then run scalelab apply again"));
  }

  private Optional<Path> onPath(Tool tool) {
    String path = environment.getOrDefault("PATH", "");
    boolean windows = File.pathSeparatorChar == ';';
    List<String> names =
        windows
            ? WINDOWS_EXTENSIONS.stream().map(e -> tool.command() + e).toList()
            : List.of(tool.command());
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      for (String name : names) {
        Optional<Path> found = executable(dir, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> executable(String dir, String name) {
    try {
      Path candidate = Path.of(dir).resolve(name);
      return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
          ? Optional.of(candidate.toAbsolutePath())
          : Optional.empty();
    } catch (InvalidPathException e) {
      // A PATH entry that is not a path (a stray quote) is skipped, as shells skip it.
      return Optional.empty();
    }
  }
}
