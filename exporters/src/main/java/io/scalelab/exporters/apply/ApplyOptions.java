package io.scalelab.exporters.apply;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to apply: what the person decided on the command line or in the dialog, and the environment
 * the tools run in.
 *
 * @param autoApprove apply every plan without asking (each plan is still shown)
 * @param contexts kubeconfig context per kustomize folder key (the region), overriding the choice
 *     by cluster name
 * @param environment the tools' whole environment ({@code PATH}, {@code KUBECONFIG}, AWS
 *     variables...); also where the tools are looked up
 * @param home the user's home folder, where {@code ~/.aws} is
 * @param tools explicit executables, taking precedence over the {@code PATH}
 */
public record ApplyOptions(
    boolean autoApprove,
    Map<String, String> contexts,
    Map<String, String> environment,
    Path home,
    Map<Tool, Path> tools) {

  /** Copies the maps; every argument is required. */
  public ApplyOptions {
    contexts = Map.copyOf(contexts);
    environment = Map.copyOf(environment);
    tools = Map.copyOf(tools);
  }

  /** This process's environment and home folder, asking before each apply, contexts by name. */
  public static ApplyOptions fromSystem() {
    return new ApplyOptions(
        false, Map.of(), System.getenv(), Path.of(System.getProperty("user.home")), Map.of());
  }

  /** The same options with {@code autoApprove}. */
  public ApplyOptions withAutoApprove(boolean approve) {
    return new ApplyOptions(approve, contexts, environment, home, tools);
  }

  /** The same options with these contexts per folder key. */
  public ApplyOptions withContexts(Map<String, String> byKey) {
    return new ApplyOptions(autoApprove, byKey, environment, home, tools);
  }

  /** The same options with the tools running in (and found through) {@code env}. */
  public ApplyOptions withEnvironment(Map<String, String> env) {
    return new ApplyOptions(autoApprove, contexts, env, home, tools);
  }

  /** The same options with {@code ~/.aws} under {@code dir}. */
  public ApplyOptions withHome(Path dir) {
    return new ApplyOptions(autoApprove, contexts, environment, dir, tools);
  }

  /** The same options with {@code tool} run from {@code executable} instead of the PATH. */
  public ApplyOptions withTool(Tool tool, Path executable) {
    Map<Tool, Path> t = new EnumMap<>(Tool.class);
    t.putAll(tools);
    t.put(tool, executable);
    return new ApplyOptions(autoApprove, contexts, environment, home, t);
  }

  /** The same options with one more environment variable set (or replaced). */
  public ApplyOptions withVariable(String name, String value) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put(name, value);
    return withEnvironment(env);
  }
}
