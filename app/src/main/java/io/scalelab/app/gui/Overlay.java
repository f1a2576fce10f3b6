package io.scalelab.app.gui;

import java.util.Map;
import java.util.Optional;

/**
 * What the canvas paints over the graph after a run: each component's utilisation and the first
 * bottleneck with its reason. Produced by the run view model from a simulation result, read by the
 * canvas; {@link #NONE} before any run or after the design changed.
 *
 * @param utilisation component id to utilisation, 0–1 (1 = saturated); components without a figure
 *     (users, DNS) are absent
 * @param bottleneck the id of the first bottleneck, if the run found one
 * @param reason why it is the bottleneck, one line for the badge's tooltip (empty when none)
 */
public record Overlay(Map<String, Double> utilisation, Optional<String> bottleneck, String reason) {

  /** No run yet: the canvas paints plain nodes. */
  public static final Overlay NONE = new Overlay(Map.of(), Optional.empty(), "");

  public Overlay {
    utilisation = Map.copyOf(utilisation);
  }
}
