/**
 * The phase picker: the five phases of the journey as ready designs, each with its range of users,
 * its narrative and what the next phase changes, computed from the two presets.
 */
package io.scalelab.app.gui.presets;
