package io.scalelab.app.gui.document;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What Copy put on the editor's clipboard: components and the connections among them, as design
 * file trees (deep copies, so later edits do not change them).
 *
 * @param components the copied components' trees, with the positions they were drawn at
 * @param connections the connections whose both ends (and cache, if any) were copied
 */
public record Snippet(List<ObjectNode> components, List<ObjectNode> connections) {

  /** Nothing copied yet. */
  public static final Snippet EMPTY = new Snippet(List.of(), List.of());

  public Snippet {
    components = components.stream().map(ObjectNode::deepCopy).toList();
    connections = connections.stream().map(ObjectNode::deepCopy).toList();
  }

  public boolean isEmpty() {
    return components.isEmpty();
  }
}
