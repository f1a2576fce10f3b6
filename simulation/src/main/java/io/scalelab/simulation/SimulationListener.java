package io.scalelab.simulation;

/**
 * Hears how far a simulation has got. Called from the simulation's worker threads: an
 * implementation that updates a UI must move the call onto the UI thread itself.
 */
@FunctionalInterface
public interface SimulationListener {

  /** Listens to nothing. */
  SimulationListener NONE = fraction -> {};

  /**
   * Progress so far.
   *
   * @param fraction done, 0–1, over all replications
   */
  void progress(double fraction);
}
