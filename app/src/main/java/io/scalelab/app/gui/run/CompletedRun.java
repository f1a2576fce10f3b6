package io.scalelab.app.gui.run;

import io.scalelab.model.Design;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.result.SimulationResult;

/**
 * A finished run: what was simulated and what it found.
 *
 * @param number the run's number in this session, from 1
 * @param design the design as simulated: the run's users and fault timeline applied
 * @param options the options it ran with
 * @param result its result, with its cost when it could be priced
 */
public record CompletedRun(
    int number, Design design, SimulationOptions options, SimulationResult result) {}
