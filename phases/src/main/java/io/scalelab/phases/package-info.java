/**
 * The `phases` module: the five phases of the journey as ready designs ({@link
 * io.scalelab.phases.Phase}, {@link io.scalelab.phases.Presets}), the optional presets beside them
 * ({@link io.scalelab.phases.Extra}, {@link io.scalelab.phases.Presets#extras()}), and the journey
 * that runs the phases and reports what breaks ({@link io.scalelab.phases.Journey}).
 */
package io.scalelab.phases;
