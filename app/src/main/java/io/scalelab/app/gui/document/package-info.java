/**
 * The design being edited: the working design and its problems, the last valid design, the edits
 * with undo and redo, the clipboard, saving and the recent files. Every edit goes through the
 * design file's tree and the model's reader, so a refused edit carries the reader's own message.
 */
package io.scalelab.app.gui.document;
