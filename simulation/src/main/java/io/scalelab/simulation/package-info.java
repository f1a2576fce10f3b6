/**
 * The simulation module. {@link io.scalelab.simulation.Simulator} is the front door; results are in
 * {@link io.scalelab.simulation.result}.
 */
package io.scalelab.simulation;
