package io.scalelab.app.gui.document;

/**
 * One undoable change of the document: its name (shown as "Undo add service-1") and the states
 * before and after. The design is immutable, so keeping both states is cheap and makes undo exact.
 *
 * @param label what the edit did, e.g. {@code "add service-1"}
 * @param before the state it started from
 * @param after the state it made
 */
public record Edit(String label, Snapshot before, Snapshot after) {}
