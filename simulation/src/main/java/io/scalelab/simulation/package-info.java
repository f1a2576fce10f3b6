/** The `simulation` module; see DESIGN.md. Its content arrives with the issue that builds it. */
package io.scalelab.simulation;
