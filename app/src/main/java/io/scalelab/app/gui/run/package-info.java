/**
 * The run panel: users (log scale), duration, warm-up, seed, replications, the fault timeline, Run
 * and Cancel with progress. {@link io.scalelab.app.gui.run.RunViewModel} runs the simulation off
 * the FX thread, prices it, and hands live snapshots and finished runs to the results and cost
 * panels.
 */
package io.scalelab.app.gui.run;
