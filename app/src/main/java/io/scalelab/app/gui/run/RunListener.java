package io.scalelab.app.gui.run;

import io.scalelab.model.Design;
import io.scalelab.simulation.LiveSnapshot;
import io.scalelab.simulation.SimulationOptions;

/** Hears a run as it goes, on the FX thread. Finished runs arrive in the run history. */
public interface RunListener {

  /** A run started on {@code design} (users and faults applied) with {@code options}. */
  void started(Design design, SimulationOptions options);

  /** New points of the first replication (see {@link LiveSnapshot}). */
  void snapshot(LiveSnapshot snapshot);
}
