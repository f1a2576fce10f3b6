package io.scalelab.exporters.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A folder {@code kubectl apply -k} builds.
 *
 * @param dir the folder
 * @param key its name: the region for a ScaleLab export, the key of {@code --context KEY=CONTEXT}
 * @param cluster the EKS cluster it is meant for ({@code <design name>-<region>}), or "" when the
 *     folder does not say
 */
record KustomizeFolder(Path dir, String key, String cluster) {

  /** The file names kustomize accepts for a kustomization, in its order of preference. */
  static final List<String> FILE_NAMES =
      List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

  /** An AWS region name, e.g. us-east-1, us-gov-west-1, ap-southeast-3. */
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The folder's kustomization file, if it has one. */
  static Optional<Path> file(Path dir) {
    return FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
  }

  /**
   * Reads the folder. The cluster name comes from the kustomization's comments (a ScaleLab export
   * names the cluster in its header), else from its {@code namespace} (a ScaleLab export defaults
   * it to the design name), and only when the folder is named after an AWS region.
   */
  static KustomizeFolder read(Path dir) throws IOException {
    String key = dir.getFileName().toString();
    Path file = file(dir).orElseThrow();
    String text = Files.readString(file);
    String cluster = REGION.matcher(key).matches() ? cluster(text, key) : "";
    return new KustomizeFolder(dir, key, cluster);
  }

  /** The cluster this folder names, if it names one. */
  Optional<String> knownCluster() {
    return cluster.isEmpty() ? Optional.empty() : Optional.of(cluster);
  }

  private static String cluster(String text, String region) {
    Pattern name = Pattern.compile("([a-z0-9][a-z0-9-]*-" + Pattern.quote(region) + ")(?![\\w-])");
    String any = "";
    for (String line : text.split("\\R")) {
      int hash = line.indexOf('#');
      if (hash < 0) {
        continue;
      }
      String comment = line.substring(hash);
      Matcher m = name.matcher(comment);
      if (m.find()) {
        if (comment.toLowerCase(Locale.ROOT).contains("cluster")) {
          return m.group(1);
        }
        any = any.isEmpty() ? m.group(1) : any;
      }
    }
    return any.isEmpty() ? fromNamespace(text, region) : any;
  }

  private static String fromNamespace(String text, String region) {
    try {
      JsonNode root = YAML.readTree(text);
      JsonNode ns = root == null ? null : root.get("namespace");
      return ns != null && ns.isTextual() && !ns.asText().isBlank()
          ? ns.asText() + "-" + region
          : "";
    } catch (IOException e) {
      // kubectl reports a broken kustomization in its own words when it builds it.
      return "";
    }
  }
}
