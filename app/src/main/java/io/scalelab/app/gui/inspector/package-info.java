/**
 * The inspector: the selected component's, connection's or design's settings as a form built from
 * the design format's schema ({@code docs/scalelab.schema.json}), with units in the labels, the
 * defaults as hints and the reader's messages beside the fields as the user types.
 */
package io.scalelab.app.gui.inspector;
