/** Random streams per (seed, replication, component) and samplers of the design's distributions. */
package io.scalelab.simulation.random;
