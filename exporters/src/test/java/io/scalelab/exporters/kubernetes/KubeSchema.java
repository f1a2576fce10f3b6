package io.scalelab.exporters.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Kubernetes JSON schema the fabric8 {@code kubernetes-model-*} jars carry ({@code
 * schema/kube-schema.json}, one per jar, each self-contained; an object is checked against the
 * first jar's schema that defines its apiVersion and kind), made to check what the API server
 * checks:
 *
 * <ul>
 *   <li>the root {@code id} is removed (it is not a resolvable URI for the validator);
 *   <li>{@code Quantity} and {@code IntOrString} are described by their Go structs; they are
 *       replaced by their wire forms (Kubernetes API reference: a quantity is a string in the
 *       quantity grammar or a number, an int-or-string either);
 *   <li>every object type with properties refuses unknown fields (the API server's strict field
 *       validation, {@code kubectl --validate=strict}); fabric8 allows them only because its
 *       classes keep an additional-properties map;
 *   <li>draft-3 style {@code "required": true} on a property becomes a draft-7 {@code required}
 *       list; the generator-only {@code java*} keywords are dropped.
 * </ul>
 */
final class KubeSchema {

  /**
   * The quantity grammar as Kubernetes' generated OpenAPI and CRD schemas give it (apimachinery
   * {@code resource.Quantity}: sign, digits, optional fraction, binary or decimal suffix or
   * exponent).
   */
  static final String QUANTITY_PATTERN =
      "^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]"
          + "|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, JsonSchema> byKind = new HashMap<>();
  private final Map<String, ObjectNode> definitionsOfKind = new HashMap<>();
  private final Map<String, String> definitionOfKind = new HashMap<>();

  /** Loads every {@code schema/kube-schema.json} on the class path. */
  static KubeSchema load() {
    try {
      KubeSchema schema = new KubeSchema();
      List<URL> urls =
          Collections.list(
              KubeSchema.class.getClassLoader().getResources("schema/kube-schema.json"));
      if (urls.size() < 5) {
        throw new IllegalStateException("expected the schemas of 5 fabric8 model jars: " + urls);
      }
      for (URL url : urls) {
        try (InputStream in = url.openStream()) {
          schema.add((ObjectNode) JSON.readTree(in).get("definitions"));
        }
      }
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the schema has a type for this apiVersion and kind. */
  boolean knows(String apiVersion, String kind) {
    return definitionOfKind.containsKey(apiVersion + " " + kind);
  }

  /** The validation errors of one Kubernetes object; empty when it is valid. */
  List<String> validate(JsonNode object) {
    String key = object.path("apiVersion").asText() + " " + object.path("kind").asText();
    String definition = definitionOfKind.get(key);
    if (definition == null) {
      return List.of("no schema for " + key);
    }
    JsonSchema schema =
        byKind.computeIfAbsent(
            key,
            k -> {
              ObjectNode root = JSON.createObjectNode();
              root.put("$schema", "http://json-schema.org/draft-07/schema#");
              root.set("definitions", definitionsOfKind.get(k));
              root.put("$ref", "#/definitions/" + definition);
              return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(root);
            });
    Set<ValidationMessage> messages = schema.validate(object);
    List<String> out = new ArrayList<>();
    messages.forEach(m -> out.add(m.getMessage()));
    return out;
  }

  /** Patches one jar's definitions and indexes the kinds they define. */
  private void add(ObjectNode definitions) {
    ObjectNode quantity = JSON.createObjectNode();
    quantity.putArray("type").add("string").add("number");
    quantity.put("pattern", QUANTITY_PATTERN);
    ObjectNode intOrString = JSON.createObjectNode();
    intOrString.putArray("type").add("string").add("integer");
    List<String> names = new ArrayList<>();
    definitions.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (name.endsWith("_Quantity")) {
        definitions.set(name, quantity);
      } else if (name.endsWith("_IntOrString")) {
        definitions.set(name, intOrString);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> it = definitions.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      ObjectNode def = (ObjectNode) e.getValue();
      if (def == quantity || def == intOrString) {
        continue;
      }
      strip(def);
      JsonNode props = def.get("properties");
      if (props == null) {
        continue;
      }
      def.put("additionalProperties", false);
      ArrayNode required = JSON.createArrayNode();
      props
          .fields()
          .forEachRemaining(
              p -> {
                JsonNode flag = p.getValue().get("required");
                if (flag != null && flag.isBoolean()) {
                  if (flag.asBoolean()) {
                    required.add(p.getKey());
                  }
                  ((ObjectNode) p.getValue()).remove("required");
                }
              });
      if (!required.isEmpty()) {
        def.set("required", required);
      }
      JsonNode apiVersion = props.path("apiVersion").path("default");
      JsonNode kind = props.path("kind").path("default");
      String key = apiVersion.asText() + " " + kind.asText();
      if (apiVersion.isTextual() && kind.isTextual() && !definitionOfKind.containsKey(key)) {
        definitionOfKind.put(key, e.getKey());
        definitionsOfKind.put(key, definitions);
      }
    }
  }

  /** Drops the code generator's keywords (javaType, existingJavaType, ...) everywhere. */
  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      List<String> generator = new ArrayList<>();
      object
          .fieldNames()
          .forEachRemaining(
              n -> {
                if (n.startsWith("java")
                    || n.equals("existingJavaType")
                    || n.equals("interfaceType")) {
                  generator.add(n);
                }
              });
      object.remove(generator);
      object.elements().forEachRemaining(KubeSchema::strip);
    } else if (node instanceof ArrayNode) {
      node.elements().forEachRemaining(KubeSchema::strip);
    }
  }
}
