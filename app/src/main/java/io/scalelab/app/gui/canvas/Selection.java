package io.scalelab.app.gui.canvas;

import java.util.Set;

/**
 * What is selected on the canvas.
 *
 * @param components the selected components' ids
 * @param connections the selected connections' ids
 */
public record Selection(Set<String> components, Set<String> connections) {

  /** Nothing selected. */
  public static final Selection NONE = new Selection(Set.of(), Set.of());

  public Selection {
    components = Set.copyOf(components);
    connections = Set.copyOf(connections);
  }

  /** Only this component. */
  public static Selection component(String id) {
    return new Selection(Set.of(id), Set.of());
  }

  /** Only this connection. */
  public static Selection connection(String id) {
    return new Selection(Set.of(), Set.of(id));
  }

  public boolean isEmpty() {
    return components.isEmpty() && connections.isEmpty();
  }
}
