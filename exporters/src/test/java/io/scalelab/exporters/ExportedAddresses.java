package io.scalelab.exporters;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import io.scalelab.exporters.kubernetes.KubernetesExport;
import io.scalelab.exporters.kubernetes.KubernetesOptions;
import io.scalelab.exporters.terraform.TerraformExport;
import io.scalelab.exporters.terraform.TerraformOptions;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Both exports of one design, read back with parsers of their own (SnakeYAML for the manifests,
 * hcl4j for the Terraform files), never with the writers' models.
 */
final class ExportedAddresses {

  /** The repository's examples, relative to the module directory Maven runs tests in. */
  static final Path EXAMPLES = Path.of("../examples");

  /** EKS services calling every kind of component, kept for these tests. */
  static final Path EKS_CALLEES = Path.of("src/test/resources/exports/eks-callees.yaml");

  /** A ConfigMap as read back: the file it is in, its name and data. */
  record ConfigMap(String file, String name, Map<String, String> data) {}

  final Map<String, String> terraform;
  final Map<String, String> kubernetes;
  final List<String> warnings;

  ExportedAddresses(Path file) throws Exception {
    Design design = Designs.load(file);
    this.terraform = TerraformExport.generate(design, TerraformOptions.defaults()).files();
    var k = KubernetesExport.generate(design, KubernetesOptions.defaults());
    this.kubernetes = k.files().files();
    this.warnings = k.warnings();
  }

  /** Every design of examples/ and the test design above. */
  static List<Path> designs() {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      List<Path> out =
          new ArrayList<>(s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList());
      out.add(EKS_CALLEES);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ConfigMaps of every region folder. */
  @SuppressWarnings("unchecked")
  List<ConfigMap> configMaps() {
    List<ConfigMap> out = new ArrayList<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (Map.Entry<String, String> f : kubernetes.entrySet()) {
      for (Object doc : yaml.loadAll(f.getValue())) {
        if (doc instanceof Map<?, ?> m && "ConfigMap".equals(m.get("kind"))) {
          Map<String, Object> meta = (Map<String, Object>) m.get("metadata");
          Map<String, String> data = new LinkedHashMap<>();
          ((Map<String, Object>) m.get("data")).forEach((key, v) -> data.put(key, (String) v));
          out.add(new ConfigMap(f.getKey(), (String) meta.get("name"), data));
        }
      }
    }
    return out;
  }

  /** The objects of one kind in the files under {@code folder}, as SnakeYAML maps. */
  List<Map<?, ?>> objects(String folder, String kind) {
    List<Map<?, ?>> out = new ArrayList<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (Map.Entry<String, String> f : kubernetes.entrySet()) {
      if (f.getKey().startsWith(folder + "/")) {
        for (Object doc : yaml.loadAll(f.getValue())) {
          if (doc instanceof Map<?, ?> m && kind.equals(m.get("kind"))) {
            out.add(m);
          }
        }
      }
    }
    return out;
  }

  /** The blocks of one type ({@code output}, {@code module}) of the root module's files. */
  Map<String, Map<String, Object>> root(String type) {
    return blocks(type, f -> !f.contains("/"));
  }

  /** The blocks of one type of the regional module's files. */
  Map<String, Map<String, Object>> regional(String type) {
    return blocks(type, f -> f.startsWith("modules/region/"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> blocks(
      String type, java.util.function.Predicate<String> files) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : terraform.entrySet()) {
      if (!f.getKey().endsWith(".tf") || !files.test(f.getKey())) {
        continue;
      }
      Map<String, Object> top;
      try {
        top = new HCLParser().parse(f.getValue());
      } catch (Exception e) {
        throw new AssertionError(f.getKey() + " does not parse: " + e.getMessage(), e);
      }
      Object blocks = top.get(type);
      if (blocks instanceof Map<?, ?> m) {
        m.forEach((name, body) -> out.put((String) name, (Map<String, Object>) body));
      }
    }
    return out;
  }

  /** The text of the root output block {@code name}, as written. */
  String outputText(String name) {
    String text = terraform.get("outputs.tf");
    int start = text.indexOf("output \"" + name + "\" {");
    if (start < 0) {
      throw new AssertionError("no output " + name + " in outputs.tf");
    }
    int end = text.indexOf("\n}\n", start);
    return text.substring(start, end);
  }
}
