/**
 * The JavaFX desktop application (MVVM): views are layout only, view models hold state as
 * properties and call the {@code simulation}, {@code phases} and {@code exporters} services. The
 * contracts shared between the editor and the run panels live here ({@link
 * io.scalelab.app.gui.Overlay}, {@link io.scalelab.app.gui.DialogService}).
 */
package io.scalelab.app.gui;
