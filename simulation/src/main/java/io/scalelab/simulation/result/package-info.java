/** The figures a simulation returns and writes as its JSON result file. */
package io.scalelab.simulation.result;
