/**
 * The preset gallery: the five phases of the journey and then the optional presets as ready
 * designs, each with its users, its narrative, what it shows and, for a phase, what the next phase
 * changes, computed from the two presets.
 */
package io.scalelab.app.gui.presets;
