package io.scalelab.exporters.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The objects of a rendered kustomization ({@code kubectl kustomize} output), by kind and name. */
final class RenderedObjects {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RenderedObjects() {}

  /** One object: its kind, name and namespace ("" for a cluster-scoped one or when unset). */
  record Ref(String kind, String name, String namespace) {

    boolean isNamespace() {
      return kind.equals("Namespace");
    }

    /** As kubectl names it, e.g. {@code Deployment/api (namespace shop)}. */
    String display() {
      return kind + "/" + name + (namespace.isEmpty() ? "" : " (namespace " + namespace + ")");
    }
  }

  /** Reads every document of {@code file}; empty documents are skipped. */
  static List<Ref> read(Path file) throws ApplyException {
    List<Ref> refs = new ArrayList<>();
    try (MappingIterator<JsonNode> docs =
        YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (docs.hasNextValue()) {
        JsonNode d = docs.nextValue();
        if (d != null && d.isObject()) {
          JsonNode meta = d.path("metadata");
          refs.add(
              new Ref(
                  d.path("kind").asText(),
                  meta.path("name").asText(),
                  meta.path("namespace").asText()));
        }
      }
    } catch (IOException e) {
      throw new ApplyException(
          ApplyException.Reason.TOOL_FAILED,
          "cannot read what kubectl kustomize rendered (" + file + "): " + e.getMessage(),
          0);
    }
    return refs;
  }
}
