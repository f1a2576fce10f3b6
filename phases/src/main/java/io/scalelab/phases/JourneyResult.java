package io.scalelab.phases;

import io.scalelab.simulation.result.Bottleneck;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.SimulationResult;
import java.util.List;
import java.util.Optional;

/**
 * What the journey found: every phase at its own load, at the next phase's load and under its
 * characteristic fault.
 *
 * @param phases in order
 * @param catalogue the label of the prices used
 * @param wallSeconds how long the journey took
 */
public record JourneyResult(List<PhaseResult> phases, String catalogue, double wallSeconds) {

  public JourneyResult {
    phases = List.copyOf(phases);
  }

  /**
   * One phase.
   *
   * @param phase the phase
   * @param ownLoad at the top of its range of users
   * @param nextLoad at the next phase's users
   * @param fault at its own load under its characteristic faults
   * @param verdict what the runs show, in one line
   */
  public record PhaseResult(Phase phase, Run ownLoad, Run nextLoad, Run fault, String verdict) {

    /** The first bottleneck at the next phase's load, if anything is one. */
    public Optional<Bottleneck> bottleneck() {
      return nextLoad.firstBottleneck();
    }
  }

  /**
   * One simulation of a phase.
   *
   * @param users the workload's users
   * @param result what the simulation found, priced
   */
  public record Run(long users, SimulationResult result) {

    /** Its monthly cost (the journey prices every run). */
    public CostReport cost() {
      return result.cost().orElseThrow(() -> new IllegalStateException("an unpriced run"));
    }

    /** The most utilised component when it is saturated (at least 85% busy), else none. */
    public Optional<Bottleneck> firstBottleneck() {
      return result.bottlenecks().stream().filter(b -> b.utilization() >= SATURATED).findFirst();
    }

    /** Utilisation from which a component counts as the bottleneck: 85%. */
    public static final double SATURATED = 0.85;
  }
}
