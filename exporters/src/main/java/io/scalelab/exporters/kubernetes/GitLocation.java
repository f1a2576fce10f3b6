package io.scalelab.exporters.kubernetes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where a folder sits in a Git repository, so the Argo CD Application can point at it without the
 * user repeating it: the {@code origin} remote's URL and the folder's path from the repository's
 * top. Found with the user's own {@code git}; absent when there is no git or no repository. Shared
 * by the command line and the GUI's export dialog, which both fill {@link
 * KubernetesOptionsBuilder#repoUrl} and {@link KubernetesOptionsBuilder#repoPath} from it when the
 * person gave neither.
 *
 * @param remote the URL of the {@code origin} remote, if there is one
 * @param path the folder relative to the repository's top, forward slashes ("" at the top)
 */
public record GitLocation(Optional<String> remote, String path) {

  /** Longest a {@code git} query may take before it is given up: 10 s. */
  private static final long GIT_TIMEOUT_SECONDS = 10;

  /**
   * The Git location of {@code folder} (which need not exist yet). Runs {@code git} up to twice,
   * each given up after {@value #GIT_TIMEOUT_SECONDS} s: call it off the GUI thread.
   */
  public static Optional<GitLocation> of(Path folder) {
    Path f = folder.toAbsolutePath().normalize();
    Path existing = f;
    while (existing != null && !Files.isDirectory(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Optional.empty();
    }
    Optional<String> top = git(existing, "rev-parse", "--show-toplevel");
    if (top.isEmpty()) {
      return Optional.empty();
    }
    Path root;
    try {
      root = Path.of(top.get()).toRealPath();
      Path real = existing.toRealPath().resolve(existing.relativize(f));
      String rel = root.relativize(real).toString().replace('\\', '/');
      return Optional.of(new GitLocation(git(existing, "remote", "get-url", "origin"), rel));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> git(Path dir, String... args) {
    String[] cmd = new String[args.length + 3];
    cmd[0] = "git";
    cmd[1] = "-C";
    cmd[2] = dir.toString();
    System.arraycopy(args, 0, cmd, 3, args.length);
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
