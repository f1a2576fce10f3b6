package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.exporters.files.GeneratedFiles;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * However long the design name, every AWS name the export makes is within the service's limit: each
 * name argument read back with hcl4j, its references to the module's inputs replaced by the longest
 * value a region's stamp passes (an upper bound), compared with the limits AWS publishes.
 */
class NameLengthTest {

  /** Name arguments by resource type, with AWS's published maximum length. */
  private static final Map<String, Map<String, Integer>> LIMITS =
      Map.ofEntries(
          // IAM User Guide, "IAM object quotas": role names 64, instance profiles 128.
          Map.entry("aws_iam_role", Map.of("name", 64)),
          Map.entry("aws_iam_instance_profile", Map.of("name", 128)),
          // CreateLaunchTemplate: 128; the provider appends 26 characters to a name_prefix.
          Map.entry("aws_launch_template", Map.of("name", 128, "name_prefix", 128 - 26)),
          Map.entry("aws_eks_cluster", Map.of("name", 100)),
          Map.entry("aws_eks_node_group", Map.of("node_group_name", 63)),
          // Elastic Load Balancing: load balancer and target group names 32.
          Map.entry("aws_lb", Map.of("name", 32)),
          Map.entry("aws_lb_target_group", Map.of("name", 32)),
          Map.entry("aws_security_group", Map.of("name", 255)),
          Map.entry("aws_autoscaling_group", Map.of("name", 255)),
          Map.entry("aws_lambda_function", Map.of("function_name", 64)),
          Map.entry("aws_db_instance", Map.of("identifier", 63)),
          Map.entry("aws_rds_cluster", Map.of("cluster_identifier", 63)),
          Map.entry("aws_rds_cluster_instance", Map.of("identifier", 63)),
          Map.entry("aws_db_subnet_group", Map.of("name", 255)),
          Map.entry("aws_elasticache_replication_group", Map.of("replication_group_id", 40)),
          Map.entry("aws_elasticache_subnet_group", Map.of("name", 255)),
          Map.entry("aws_dax_cluster", Map.of("cluster_name", 20)),
          Map.entry("aws_sqs_queue", Map.of("name", 80)),
          Map.entry("aws_sns_topic", Map.of("name", 256)),
          Map.entry("aws_kinesis_stream", Map.of("name", 128)),
          Map.entry("aws_dynamodb_table", Map.of("name", 255)),
          Map.entry("aws_cloudwatch_log_group", Map.of("name", 512)),
          Map.entry("aws_apigatewayv2_api", Map.of("name", 128)),
          Map.entry("aws_cloudfront_cache_policy", Map.of("name", 128)),
          Map.entry("aws_cloudfront_origin_access_control", Map.of("name", 64)),
          Map.entry("aws_wafv2_web_acl", Map.of("name", 128)));

  /** A reference in a name, as hcl4j gives it back (templates lose their {@code ${}}). */
  private static final Pattern REF = Pattern.compile("(?:var|each|local)\\.[A-Za-z0-9_.]+");

  /**
   * The resources that iterate over a collection the module derives from its inputs (hcl4j does not
   * evaluate such a {@code for_each}), with the input it is made of: the DAX clusters are the
   * non-null {@code dax} of the tables, a dead-letter queue has its queue's name, a function's
   * security group its function's.
   */
  private static final Map<String, String> DERIVED_SOURCES =
      Map.of(
          "aws_iam_role.dax", "tables.dax",
          "aws_security_group.dax", "tables.dax",
          "aws_dax_cluster.this", "tables.dax",
          "aws_sqs_queue.dlq", "queues",
          "aws_security_group.lambda", "lambdas");

  static Stream<Arguments> designs() {
    List<Path> files =
        List.of(
            Path.of("../examples/all-components.yaml"),
            Path.of("../examples/phase-4-global.yaml"),
            Examples.SERVERLESS,
            Examples.EKS_CALLEES);
    // 46 characters, the reviewer's example, and one far beyond any limit.
    List<String> names = List.of("a".repeat(46), "Very Long Design Name " + "x".repeat(120));
    return files.stream().flatMap(f -> names.stream().map(n -> Arguments.of(f, n)));
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyAwsNameIsWithinItsLimitForALongDesignName(Path file, String name) throws Exception {
    String text = Files.readString(file).replaceFirst("(?m)^name: .*$", "name: " + name);
    Design design = Designs.parse(text, file.toString(), false);
    GeneratedFiles export = TerraformExport.generate(design, TerraformOptions.defaults());
    ParsedTerraform parsed = new ParsedTerraform(export);
    List<Map<String, Object>> stamps = stamps(parsed);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (ParsedTerraform.Declared d : parsed.declared) {
      Map<String, Integer> limits = LIMITS.getOrDefault(d.type(), Map.of());
      for (Map.Entry<String, Integer> l : limits.entrySet()) {
        Object value = d.body().get(l.getKey());
        if (value == null) {
          continue;
        }
        List<Map<String, Object>> inputs =
            d.file().startsWith("modules/") ? stamps : List.of(Map.of());
        for (Map<String, Object> stamp : inputs) {
          int length =
              longest(
                  String.valueOf(value),
                  d.body(),
                  stamp,
                  problems,
                  d.address(),
                  d.type() + "." + d.name());
          checked++;
          if (length > l.getValue()) {
            problems.add(
                d.address()
                    + "."
                    + l.getKey()
                    + " '"
                    + value
                    + "' can be "
                    + length
                    + " characters, more than AWS's "
                    + l.getValue());
          }
        }
      }
    }
    assertThat(checked).as("names checked").isPositive();
    assertThat(problems).as(file + " named " + name).isEmpty();
  }

  /** The inputs of each regional stamp, as the root's module blocks give them. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> stamps(ParsedTerraform parsed) {
    Object modules = parsed.files.get("main.tf").get("module");
    List<Map<String, Object>> out = new ArrayList<>();
    ((Map<String, Object>) modules).values().forEach(m -> out.add((Map<String, Object>) m));
    return out;
  }

  /** The longest the name can be in {@code stamp}: each reference at its longest value. */
  private static int longest(
      String value,
      Map<String, Object> body,
      Map<String, Object> stamp,
      List<String> problems,
      String where,
      String resource) {
    Matcher m = REF.matcher(value);
    int length = value.length();
    while (m.find()) {
      String ref = m.group();
      int v = longestValue(ref, resource, body, stamp);
      if (v < 0) {
        problems.add(where + ": cannot tell how long '" + ref + "' is");
        v = 0;
      }
      length += v - ref.length();
    }
    return length;
  }

  private static int longestValue(
      String ref, String resource, Map<String, Object> body, Map<String, Object> stamp) {
    if (ref.startsWith("var.")) {
      return longestString(List.of(stamp), List.of(ref.substring(4).split("\\.")));
    }
    if (!ref.startsWith("each.")) {
      return -1;
    }
    List<Object> entries = forEachEntries(resource, String.valueOf(body.get("for_each")), stamp);
    if (entries == null) {
      return -1;
    }
    if (ref.equals("each.key")) {
      return entries.stream()
          .mapToInt(e -> ((Map.Entry<?, ?>) e).getKey().toString().length())
          .max()
          .orElse(0);
    }
    if (ref.startsWith("each.value.")) {
      List<Object> values = new ArrayList<>();
      entries.forEach(e -> values.add(((Map.Entry<?, ?>) e).getValue()));
      return longestString(values, List.of(ref.substring("each.value.".length()).split("\\.")));
    }
    return -1;
  }

  /** The entries a resource's {@code for_each} iterates over in {@code stamp}; null if unknown. */
  @SuppressWarnings("unchecked")
  private static List<Object> forEachEntries(
      String resource, String forEach, Map<String, Object> stamp) {
    if (resource.equals("aws_rds_cluster_instance.this")) {
      // One per instance of each Aurora cluster: each.value.item is the instance's identifier.
      List<Object> out = new ArrayList<>();
      if (stamp.get("aurora_clusters") instanceof Map<?, ?> clusters) {
        clusters.forEach(
            (k, v) ->
                ((Map<String, Object>) ((Map<String, Object>) v).get("instances"))
                    .keySet()
                    .forEach(c -> out.add(Map.entry(k + "/" + c, Map.of("item", c)))));
      }
      return out;
    }
    String path;
    if (DERIVED_SOURCES.containsKey(resource)) {
      path = DERIVED_SOURCES.get(resource);
    } else if (forEach.startsWith("var.")) {
      path = forEach.substring(4);
    } else {
      return null;
    }
    String[] steps = path.split("\\.");
    Object at = stamp.get(steps[0]);
    List<Object> out = new ArrayList<>();
    if (!(at instanceof Map<?, ?> map)) {
      // The stamp does not pass this collection: the resource has no instance here.
      return out;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object v = e.getValue();
      for (int i = 1; i < steps.length && v instanceof Map<?, ?> inner; i++) {
        v = inner.get(steps[i]);
      }
      if (v instanceof Map<?, ?>) {
        out.add(Map.entry(e.getKey(), v));
      }
    }
    return out;
  }

  /** The longest string at {@code path} in any of {@code roots}; -1 if one is not a string. */
  private static int longestString(List<Object> roots, List<String> path) {
    int max = 0;
    for (Object root : roots) {
      Object v = root;
      for (String step : path) {
        v = v instanceof Map<?, ?> m ? m.get(step) : null;
      }
      if (v == null) {
        continue;
      }
      if (!(v instanceof String s)) {
        return -1;
      }
      max = Math.max(max, s.length());
    }
    return max;
  }
}
