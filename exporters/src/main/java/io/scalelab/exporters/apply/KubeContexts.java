package io.scalelab.exporters.apply;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Chooses the kubeconfig context for each kustomize folder, in this order:
 *
 * <ol>
 *   <li>{@code --context KEY=CONTEXT} for the folder's key (its region);
 *   <li>the one context whose name is the folder's EKS cluster name ({@code <design>-<region>}), or
 *       ends with it after a separator ({@code arn:aws:eks:...:cluster/NAME}, as {@code aws eks
 *       update-kubeconfig} names contexts without {@code --alias}); a longer name such as {@code
 *       old-NAME} is a different cluster and does not match;
 *   <li>only when there is a single folder and it names no cluster (not a ScaleLab export): the
 *       current context.
 * </ol>
 *
 * Otherwise the apply stops with the command that creates the context. A folder that names its EKS
 * cluster never falls back to the current context: that is some other cluster, and with {@code
 * --auto-approve} nothing would stop the apply from landing there.
 */
final class KubeContexts {

  private final ToolRunner runner;
  private final Path kubectl;
  private final Path workDir;

  KubeContexts(ToolRunner runner, Path kubectl, Path workDir) {
    this.runner = runner;
    this.kubectl = kubectl;
    this.workDir = workDir;
  }

  /** A chosen context and why it was chosen, for the log. */
  record Choice(String context, String why) {}

  /** The context for each folder, in the folders' order; the choice is printed by the caller. */
  Map<KustomizeFolder, Choice> choose(List<KustomizeFolder> folders, Map<String, String> given)
      throws ApplyException {
    checkKeys(folders, given);
    ToolRunner.Captured listed =
        runner.capture(
            workDir, List.of(kubectl.toString(), "config", "get-contexts", "-o", "name"), true);
    if (listed.exitCode() != 0) {
      throw ApplyException.toolFailed("kubectl config get-contexts", listed.exitCode());
    }
    List<String> contexts =
        listed.stdout().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    Map<KustomizeFolder, Choice> chosen = new LinkedHashMap<>();
    for (KustomizeFolder f : folders) {
      chosen.put(f, choose(f, folders.size() == 1, given, contexts));
    }
    return chosen;
  }

  private Choice choose(
      KustomizeFolder f, boolean single, Map<String, String> given, List<String> contexts)
      throws ApplyException {
    String asked = given.get(f.key());
    if (asked != null) {
      if (!contexts.contains(asked)) {
        throw unavailable(
            "--context "
                + f.key()
                + "="
                + asked
                + ": the kubeconfig has no such context (it has: "
                + listing(contexts)
                + ")");
      }
      return new Choice(asked, "given with --context");
    }
    Optional<String> cluster = f.knownCluster();
    if (cluster.isPresent()) {
      List<String> matches = contexts.stream().filter(c -> names(c, cluster.get())).toList();
      if (matches.contains(cluster.get()) || matches.size() == 1) {
        String c = matches.contains(cluster.get()) ? cluster.get() : matches.get(0);
        return new Choice(c, "the context of EKS cluster " + cluster.get());
      }
      if (matches.size() > 1) {
        throw unavailable(
            "several kubeconfig contexts are for cluster "
                + cluster.get()
                + " ("
                + String.join(", ", matches)
                + "); choose one with --context "
                + f.key()
                + "=CONTEXT");
      }
    }
    if (single && cluster.isEmpty()) {
      Optional<String> current = current();
      if (current.isPresent()) {
        return new Choice(current.get(), "the current context; the folder names no EKS cluster");
      }
    }
    throw unavailable(missing(f, cluster));
  }

  private Optional<String> current() throws ApplyException {
    ToolRunner.Captured c =
        runner.capture(workDir, List.of(kubectl.toString(), "config", "current-context"), false);
    String name = c.stdout().strip();
    return c.exitCode() == 0 && !name.isEmpty() ? Optional.of(name) : Optional.empty();
  }

  /**
   * Whether context {@code c} is cluster {@code cluster}'s: equal, or ending in it after a
   * separator.
   */
  static boolean names(String c, String cluster) {
    if (c.equals(cluster)) {
      return true;
    }
    if (!c.endsWith(cluster)) {
      return false;
    }
    char before = c.charAt(c.length() - cluster.length() - 1);
    return !Character.isLetterOrDigit(before) && before != '-' && before != '_' && before != '.';
  }

  private static String missing(KustomizeFolder f, Optional<String> cluster) {
    if (cluster.isEmpty()) {
      return "cannot tell which cluster "
          + f.dir()
          + " is for (its kustomization names no EKS cluster) and there is no single current"
          + " context to use; choose one with --context "
          + f.key()
          + "=CONTEXT";
    }
    String name = cluster.get();
    return "no kubeconfig context for EKS cluster "
        + name
        + " ("
        + f.dir()
        + "); add it with: aws eks update-kubeconfig --region "
        + f.key()
        + " --name "
        + name
        + " --alias "
        + name
        + " (or choose one with --context "
        + f.key()
        + "=CONTEXT)";
  }

  /** Fails when a {@code --context} key names no folder; checked before anything runs. */
  static void checkKeys(List<KustomizeFolder> folders, Map<String, String> given)
      throws ApplyException {
    TreeSet<String> keys = new TreeSet<>();
    folders.forEach(f -> keys.add(f.key()));
    for (String key : given.keySet()) {
      if (!keys.contains(key)) {
        throw new ApplyException(
            ApplyException.Reason.FOLDER,
            "--context "
                + key
                + "=...: there is no kustomize folder "
                + key
                + " to apply (folders: "
                + listing(List.copyOf(keys))
                + ")");
      }
    }
  }

  private static String listing(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static ApplyException unavailable(String message) {
    return new ApplyException(ApplyException.Reason.UNAVAILABLE, message);
  }
}
