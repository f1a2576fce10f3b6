package io.scalelab.app.gui.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.ParsedDesign;
import java.util.Optional;

/**
 * A design as the tree of its design file (what {@link Designs#format} writes), and back through
 * the model's reader. Editing the tree and reading it again gives every edit the checks and the
 * messages of {@code scalelab validate}.
 */
public final class DesignTree {

  /** The source name problems of an edited design carry (it was not read from a file). */
  public static final String SOURCE = "<design>";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DesignTree() {}

  /** The file tree of {@code design}: a fresh copy the caller may change. */
  public static ObjectNode of(Design design) {
    try {
      return (ObjectNode) JSON.readTree(Designs.format(design, true));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the writer's JSON always parses", e);
    }
  }

  /** Reads a tree back as the model's reader reads a file. */
  public static ParsedDesign read(ObjectNode tree) {
    try {
      return Designs.parseLenient(JSON.writeValueAsString(tree), SOURCE, true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }

  /** The components array of a design tree. */
  public static ArrayNode components(ObjectNode tree) {
    return (ArrayNode) tree.withArray("components");
  }

  /** The connections array of a design tree (created empty when absent). */
  public static ArrayNode connections(ObjectNode tree) {
    return (ArrayNode) tree.withArray("connections");
  }

  /** The index of the component with {@code id} in the tree, if there is one. */
  public static Optional<Integer> componentIndex(ObjectNode tree, String id) {
    ArrayNode cs = components(tree);
    for (int i = 0; i < cs.size(); i++) {
      if (id.equals(cs.get(i).path("id").asText())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The node of the component with {@code id}. */
  public static Optional<ObjectNode> component(ObjectNode tree, String id) {
    return componentIndex(tree, id).map(i -> (ObjectNode) components(tree).get(i));
  }

  /**
   * The index of the connection with {@code id} in {@code design}: the tree lists the connections
   * in the design's order, so the design tells which node is which even where the file leaves a
   * default id out.
   */
  public static Optional<Integer> connectionIndex(Design design, String id) {
    for (int i = 0; i < design.connections().size(); i++) {
      if (design.connections().get(i).id().equals(id)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Whether a node is absent or JSON null. */
  public static boolean isAbsent(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull();
  }
}
