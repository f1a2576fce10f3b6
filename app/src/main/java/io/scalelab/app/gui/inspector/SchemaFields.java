package io.scalelab.app.gui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scalelab.model.component.ComponentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inspector's forms, read from the design format's schema (shipped in the jar from {@code
 * docs/scalelab.schema.json}): every field a component type, a connection or the design has, with
 * its description, default and choices, so the form never lags behind the format.
 */
public final class SchemaFields {

  /** The schema in the application's resources (copied from docs/ by the build). */
  static final String RESOURCE = "scalelab.schema.json";

  /** Objects shown as one field per setting; other objects are edited as one line of YAML. */
  private static final Set<String> FLATTENED =
      Set.of("autoscaling", "healthCheck", "dax", "workload", "keys", "payload");

  /** Fields the form does not show: the type cannot change, the canvas owns the position. */
  private static final Set<String> HIDDEN =
      Set.of("type", "position", "scalelab", "components", "connections", "faults");

  /** Units of the value kinds the schema names, shown in labels. */
  private static final Map<String, String> UNITS =
      Map.of(
          "duration", "duration",
          "positiveDuration", "duration",
          "dataSize", "size",
          "rate", "per time",
          "money", "USD",
          "share", "share 0–1",
          "positiveShare", "share 0–1");

  private final JsonNode schema;

  private SchemaFields(JsonNode schema) {
    this.schema = schema;
  }

  /** The fields from the schema in the application's resources. */
  public static SchemaFields load() {
    try (InputStream in = SchemaFields.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the design schema is missing from the application");
      }
      return new SchemaFields(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fields of a component of {@code type}, id first. */
  public List<FieldSpec> component(ComponentType type) {
    return fields(def("component-" + type.fileName()));
  }

  /** The fields of a connection. */
  public List<FieldSpec> connection() {
    return fields(def("connection"));
  }

  /** The design's own fields: name, description, regions, workload, objectives, network. */
  public List<FieldSpec> design() {
    return fields(schema);
  }

  private List<FieldSpec> fields(JsonNode object) {
    List<FieldSpec> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = object.path("properties").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (HIDDEN.contains(e.getKey())) {
        continue;
      }
      String ref = refName(e.getValue());
      if (FLATTENED.contains(ref)) {
        Iterator<Map.Entry<String, JsonNode>> sub = def(ref).path("properties").fields();
        while (sub.hasNext()) {
          Map.Entry<String, JsonNode> s = sub.next();
          out.add(spec(List.of(e.getKey(), s.getKey()), s.getValue()));
        }
      } else {
        out.add(spec(List.of(e.getKey()), e.getValue()));
      }
    }
    return out;
  }

  private FieldSpec spec(List<String> path, JsonNode property) {
    String ref = refName(property);
    JsonNode resolved = ref.isEmpty() ? property : def(ref);
    String unit = UNITS.getOrDefault(ref, "");
    String name = String.join(".", path);
    String label = unit.isEmpty() ? name : name + " (" + unit + ")";
    String help = text(property, "description", text(resolved, "description", ""));
    String byDefault = defaultText(property.has("default") ? property : resolved);
    String example =
        resolved.path("examples").isArray() && resolved.path("examples").size() > 0
            ? FlowYaml.write(resolved.path("examples").get(0))
            : "";
    return new FieldSpec(path, label, help, byDefault, choices(property, resolved), example);
  }

  private static List<String> choices(JsonNode property, JsonNode resolved) {
    Set<String> out = new LinkedHashSet<>();
    collectChoices(property, out);
    collectChoices(resolved, out);
    for (JsonNode branch : property.path("anyOf")) {
      collectChoices(branch, out);
    }
    return List.copyOf(out);
  }

  private static void collectChoices(JsonNode node, Set<String> out) {
    node.path("enum").forEach(v -> out.add(v.asText()));
    if ("boolean".equals(node.path("type").asText())) {
      out.add("false");
      out.add("true");
    }
  }

  private static String defaultText(JsonNode node) {
    JsonNode d = node.path("default");
    return d.isMissingNode() ? "" : FlowYaml.write(d);
  }

  private static String text(JsonNode node, String field, String otherwise) {
    return node.path(field).isTextual() ? node.path(field).asText() : otherwise;
  }

  private static String refName(JsonNode property) {
    String ref = property.path("$ref").asText("");
    return ref.startsWith("#/$defs/") ? ref.substring("#/$defs/".length()) : "";
  }

  private JsonNode def(String name) {
    JsonNode d = schema.path("$defs").path(name);
    if (d.isMissingNode()) {
      throw new IllegalStateException("the design schema has no definition " + name);
    }
    return d;
  }
}
