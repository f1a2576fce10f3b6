package io.scalelab.simulation;

/**
 * A design that is valid as a file but cannot be simulated as it stands, e.g. two regions whose
 * latency ScaleLab does not know. The message names what is missing and how to supply it.
 */
public final class SimulationException extends Exception {

  private static final long serialVersionUID = 1L;

  public SimulationException(String message) {
    super(message);
  }
}
