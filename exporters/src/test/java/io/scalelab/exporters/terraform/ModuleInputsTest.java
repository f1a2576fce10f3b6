package io.scalelab.exporters.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stamp of the regional module is called the way Terraform accepts: each module variable
 * without a default is given in every {@code module} block of the root, and nothing is given that
 * the module does not declare, read back with hcl4j (Terraform's "Missing required argument" and
 * "Unsupported argument" errors).
 */
class ModuleInputsTest {

  /** Arguments of a {@code module} block that are Terraform's, not the module's variables. */
  private static final Set<String> MODULE_META =
      Set.of("source", "version", "providers", "count", "for_each", "depends_on");

  static Stream<Path> designs() {
    return Examples.all().stream();
  }

  @ParameterizedTest
  @MethodSource("designs")
  void everyModuleBlockGivesEveryRequiredVariableAndOnlyDeclaredOnes(Path design) {
    ParsedTerraform parsed = new ParsedTerraform(Examples.export(design));
    Map<String, Object> declared =
        section(parsed.files.get("modules/region/variables.tf"), "variable");
    Set<String> required = new TreeSet<>();
    declared.forEach(
        (name, body) -> {
          if (!(body instanceof Map<?, ?> m) || !m.containsKey("default")) {
            required.add(name);
          }
        });
    Map<String, Object> modules = section(parsed.files.get("main.tf"), "module");
    assertThat(modules).as(design + ": module blocks in main.tf").isNotEmpty();
    List<String> problems = new ArrayList<>();
    modules.forEach(
        (name, body) -> {
          Map<?, ?> given = (Map<?, ?>) body;
          for (String r : required) {
            if (!given.containsKey(r)) {
              problems.add("module." + name + " does not give required variable '" + r + "'");
            }
          }
          for (Object k : given.keySet()) {
            if (!MODULE_META.contains(k) && !declared.containsKey(k)) {
              problems.add("module." + name + " gives undeclared variable '" + k + "'");
            }
          }
        });
    assertThat(problems).as(design.toString()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> file, String kind) {
    if (file == null || !(file.get(kind) instanceof Map<?, ?> m)) {
      return Map.of();
    }
    return (Map<String, Object>) m;
  }
}
