/**
 * The canvas: the topology as a graph of typed nodes grouped in region boxes, with arrows for the
 * connections, an automatic layered layout for designs without saved positions, pan, zoom,
 * selection, moving, connecting by a handle and the utilisation overlay of the last run.
 */
package io.scalelab.app.gui.canvas;
