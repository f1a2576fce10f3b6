/**
 * The Export and Apply dialogs: a design written as Terraform, Kubernetes manifests or a cost
 * report into a folder (previewed in memory first, hand edits never overwritten without asking),
 * and an exported folder applied with the person's own {@code terraform} and {@code kubectl}, every
 * plan shown and explicitly approved. The work is the {@code exporters} module's; {@link
 * io.scalelab.app.gui.export.Exports} calls it off the FX thread for the view models.
 */
package io.scalelab.app.gui.export;
