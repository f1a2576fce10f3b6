/**
 * The palette: every component type, to drag onto the canvas or click to add with valid starting
 * settings and a unique id.
 */
package io.scalelab.app.gui.palette;
