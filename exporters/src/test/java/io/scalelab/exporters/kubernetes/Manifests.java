package io.scalelab.exporters.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Test helpers: the example designs (read from {@code ../examples}, the repository's folder, since
 * {@code exporters} must not depend on {@code phases}) and an independent YAML reader (SnakeYAML's
 * own loader, not the Jackson writer the export uses).
 */
final class Manifests {

  static final Path EXAMPLES = Path.of("..", "examples");

  static final List<String> PRESETS =
      List.of(
          "phase-0-mvp",
          "phase-1-high-availability",
          "phase-2-microservices",
          "phase-3-performance",
          "phase-4-global");

  private static final ObjectMapper JSON = new ObjectMapper();

  private Manifests() {}

  /** The example design {@code name} ({@code examples/<name>.yaml}). */
  static Design example(String name) {
    try {
      return Designs.load(EXAMPLES.resolve(name + ".yaml"));
    } catch (DesignException | IOException e) {
      throw new IllegalStateException("example " + name + " does not load: " + e.getMessage(), e);
    }
  }

  /** Every example design file name without {@code .yaml}. */
  static List<String> examples() {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of a YAML stream, parsed by SnakeYAML, as JSON trees. */
  static List<JsonNode> documents(String yaml) {
    Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<JsonNode> docs = new ArrayList<>();
    for (Object doc : parser.loadAll(yaml)) {
      if (doc != null) {
        docs.add(JSON.valueToTree(doc));
      }
    }
    return docs;
  }

  /** The single document of a YAML text. */
  static JsonNode document(String yaml) {
    List<JsonNode> docs = documents(yaml);
    if (docs.size() != 1) {
      throw new IllegalArgumentException("expected one document, got " + docs.size());
    }
    return docs.get(0);
  }
}
