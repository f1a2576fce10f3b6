/** Network delays within and between zones and regions, with cited defaults. */
package io.scalelab.simulation.network;
