/**
 * The results panel: live charts (throughput, latency percentiles, errors, instances, cache hit
 * rate, replica lag) drawn from the run's snapshots and then its final result, decimated to the
 * chart's pixel width; the per-component summary with the analytic estimate beside the simulated
 * figure; and the {@link io.scalelab.app.gui.Overlay} the canvas paints.
 */
package io.scalelab.app.gui.results;
