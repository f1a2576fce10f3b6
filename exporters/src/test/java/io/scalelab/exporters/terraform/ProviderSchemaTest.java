package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every resource type, data source, argument and nested block the export writes exists in
 * hashicorp/aws 5.23.1's schema, and every required argument and block is there, checked on the
 * files as hcl4j parses them back.
 */
class ProviderSchemaTest {

  static Stream<Path> designs() {
    return Examples.all().stream();
  }

  @Test
  void schemaIsReadFromTheProviderAssembly() {
    ProviderSchema s = ProviderSchema.get();
    // Published in the provider docs: aws_instance requires nothing, has ami and metadata_options.
    assertThat(s.resources).containsKey("aws_instance");
    assertThat(s.resources.get("aws_instance").properties())
        .containsKeys("ami", "metadata_options");
    assertThat(s.resources.get("aws_eks_node_group").properties().get("scaling_config").required())
        .isTrue();
    assertThat(s.dataSources).containsKey("aws_ssm_parameter");
  }

  @Test
  void unknownArgumentsAndMissingRequiredOnesAreFound() {
    GeneratedFilesStub bad =
        new GeneratedFilesStub(
            "resource \"aws_eks_node_group\" \"x\" {\n  cluster_name = \"c\"\n  colour = \"red\"\n}\n");
    List<String> problems = problems(new ParsedTerraform(bad.files()));
    assertThat(problems)
        .anyMatch(p -> p.contains("unknown argument or block 'colour'"))
        .anyMatch(p -> p.contains("required 'node_role_arn' is missing"))
        .anyMatch(p -> p.contains("required 'scaling_config' is missing"));
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyTypeArgumentAndBlockExistsAndRequiredOnesAreSet(Path design) {
    assertThat(problems(new ParsedTerraform(Examples.export(design))))
        .as(design.toString())
        .isEmpty();
  }

  private static List<String> problems(ParsedTerraform parsed) {
    ProviderSchema schema = ProviderSchema.get();
    List<String> problems = new ArrayList<>();
    for (ParsedTerraform.Declared d : parsed.declared) {
      Map<String, ProviderSchema.Type> types =
          d.kind().equals("data") ? schema.dataSources : schema.resources;
      ProviderSchema.Type type = types.get(d.type());
      if (type == null) {
        problems.add(d.address() + ": no such " + d.kind() + " type");
        continue;
      }
      check(d.address(), d.body(), type, schema, problems, true);
    }
    return problems;
  }

  /** A one-file export, for feeding the checks a known-bad resource. */
  private record GeneratedFilesStub(String text) {
    io.scalelab.exporters.files.GeneratedFiles files() {
      return new io.scalelab.exporters.files.GeneratedFiles("terraform", Map.of("main.tf", text));
    }
  }

  private static void check(
      String where,
      Map<String, Object> body,
      ProviderSchema.Type type,
      ProviderSchema schema,
      List<String> problems,
      boolean top) {
    for (Map.Entry<String, Object> e : body.entrySet()) {
      String name = e.getKey();
      if (top && ParsedTerraform.META.contains(name)) {
        if (name.equals("dynamic")) {
          dynamic(where, e.getValue(), type, schema, problems);
        }
        continue;
      }
      if (name.equals("dynamic")) {
        dynamic(where, e.getValue(), type, schema, problems);
        continue;
      }
      ProviderSchema.Property p = type.properties().get(name);
      if (p == null) {
        problems.add(where + ": unknown argument or block '" + name + "'");
        continue;
      }
      nested(where + "." + name, e.getValue(), p, schema, problems);
    }
    for (ProviderSchema.Property p : type.properties().values()) {
      if (p.required() && !body.containsKey(p.name()) && !dynamicHas(body, p.name())) {
        problems.add(where + ": required '" + p.name() + "' is missing");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void nested(
      String where,
      Object value,
      ProviderSchema.Property p,
      ProviderSchema schema,
      List<String> problems) {
    Optional<String> block = p.block();
    if (block.isEmpty()) {
      return;
    }
    ProviderSchema.Type inner = schema.blocks.get(block.get());
    List<Object> items = value instanceof List<?> l ? new ArrayList<>(l) : List.of(value);
    for (Object item : items) {
      if (item instanceof Map<?, ?> m && inner != null) {
        check(where, (Map<String, Object>) m, inner, schema, problems, false);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void dynamic(
      String where,
      Object value,
      ProviderSchema.Type type,
      ProviderSchema schema,
      List<String> problems) {
    Map<String, Object> byLabel = (Map<String, Object>) value;
    for (Map.Entry<String, Object> d : byLabel.entrySet()) {
      ProviderSchema.Property p = type.properties().get(d.getKey());
      if (p == null || p.block().isEmpty()) {
        problems.add(where + ": dynamic '" + d.getKey() + "' is not a nested block");
        continue;
      }
      for (Map<String, Object> one : ParsedTerraform.blocks(byLabel, d.getKey())) {
        Object content = one.get("content");
        if (content instanceof Map<?, ?>) {
          nested(where + ".dynamic." + d.getKey(), content, p, schema, problems);
        } else {
          problems.add(where + ": dynamic '" + d.getKey() + "' has no content block");
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static boolean dynamicHas(Map<String, Object> body, String name) {
    return body.get("dynamic") instanceof Map<?, ?> m
        && ((Map<String, Object>) m).containsKey(name);
  }
}
