package io.scalelab.app.gui.results;

import io.scalelab.app.gui.Overlay;
import io.scalelab.simulation.result.Bottleneck;
import io.scalelab.simulation.result.SimulationResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The canvas overlay of a result: its bottleneck analysis, as the canvas paints it. */
public final class Overlays {

  private Overlays() {}

  /**
   * The utilisation of each queueing component (those the bottleneck analysis ranks) and the first
   * bottleneck with its reason, as {@code scalelab simulate} prints it.
   */
  public static Overlay of(SimulationResult r) {
    Map<String, Double> utilisation = new LinkedHashMap<>();
    for (Bottleneck b : r.bottlenecks()) {
      utilisation.put(b.component(), b.utilization());
    }
    if (r.bottlenecks().isEmpty()) {
      return new Overlay(utilisation, Optional.empty(), "");
    }
    Bottleneck first = r.bottlenecks().get(0);
    return new Overlay(utilisation, Optional.of(first.component()), first.reason());
  }
}
