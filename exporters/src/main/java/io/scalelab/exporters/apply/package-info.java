/**
 * The apply step: runs the user's own {@code terraform} and {@code kubectl} on an exported folder,
 * plan and diff first, nothing applied without a shown plan and a "yes" (or {@code
 * --auto-approve}). The front door is {@link io.scalelab.exporters.apply.Apply}; the command line
 * and the GUI talk to it through a {@link io.scalelab.exporters.apply.Console}.
 */
package io.scalelab.exporters.apply;
