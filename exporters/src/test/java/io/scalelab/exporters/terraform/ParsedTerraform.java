package io.scalelab.exporters.terraform;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import io.scalelab.exporters.files.GeneratedFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An export read back with hcl4j, a parser independent of our writer: the resources and data
 * sources of every file, each with its body as hcl4j sees it (attributes as values, nested blocks
 * as maps, repeated blocks as lists of maps).
 */
final class ParsedTerraform {

  /** Arguments every resource may have that are not in the provider's schema. */
  static final List<String> META =
      List.of("for_each", "count", "provider", "depends_on", "lifecycle", "dynamic");

  /**
   * A resource or data source.
   *
   * @param kind {@code resource} or {@code data}
   * @param type like {@code aws_vpc}
   * @param name its name in the configuration
   * @param file the file it is in
   * @param body what hcl4j read inside it
   */
  record Declared(String kind, String type, String name, String file, Map<String, Object> body) {
    String address() {
      return file + ": " + (kind.equals("data") ? "data." : "") + type + "." + name;
    }
  }

  final Map<String, Map<String, Object>> files = new java.util.TreeMap<>();
  final List<Declared> declared = new ArrayList<>();

  ParsedTerraform(GeneratedFiles export) {
    for (Map.Entry<String, String> f : export.files().entrySet()) {
      if (!f.getKey().endsWith(".tf")) {
        continue;
      }
      Map<String, Object> top;
      try {
        top = new HCLParser().parse(f.getValue());
      } catch (Exception e) {
        throw new AssertionError(f.getKey() + " does not parse: " + e.getMessage(), e);
      }
      files.put(f.getKey(), top);
      collect("resource", f.getKey(), top);
      collect("data", f.getKey(), top);
    }
  }

  @SuppressWarnings("unchecked")
  private void collect(String kind, String file, Map<String, Object> top) {
    Object byType = top.get(kind);
    if (!(byType instanceof Map<?, ?> types)) {
      return;
    }
    types.forEach(
        (type, byName) ->
            ((Map<String, Object>) byName)
                .forEach(
                    (name, body) ->
                        declared.add(
                            new Declared(
                                kind, (String) type, name, file, (Map<String, Object>) body))));
  }

  /** The declared resources of a type. */
  List<Declared> resources(String type) {
    return declared.stream()
        .filter(d -> d.kind().equals("resource") && d.type().equals(type))
        .toList();
  }

  /** Every nested block of {@code body} named {@code name}, whether written once or repeated. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> blocks(Map<String, Object> body, String name) {
    Object v = body.get(name);
    List<Map<String, Object>> out = new ArrayList<>();
    if (v instanceof Map<?, ?> m) {
      out.add((Map<String, Object>) m);
    } else if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
    }
    return out;
  }
}
