package io.scalelab.simulation;

/**
 * Hears how far a simulation has got and what it has found so far.
 *
 * <p>Called from the simulation's worker threads, never from the thread that called {@link
 * Simulator#run}: an implementation that updates a UI must move the call onto the UI thread itself,
 * and must return quickly (the engine waits for it). {@link #progress} may be called from several
 * threads at once (one per replication running); {@link #snapshot} is called from one thread at a
 * time, in order. Listening never changes the result: the same seed gives the same result with or
 * without a listener.
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

  /**
   * New time-series points of the first replication, at most {@link LiveSnapshot#MAX_PER_SECOND}
   * times per second of wall time, and once more when it ends. The default ignores them.
   */
  default void snapshot(LiveSnapshot snapshot) {}
}
