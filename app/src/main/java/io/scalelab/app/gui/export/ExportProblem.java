package io.scalelab.app.gui.export;

/**
 * An export that cannot be made or written as asked; the message is one line naming the component,
 * setting, folder or file, ready to show.
 */
public final class ExportProblem extends Exception {

  private static final long serialVersionUID = 1L;

  ExportProblem(String message) {
    super(message);
  }

  ExportProblem(String message, Throwable cause) {
    super(message, cause);
  }
}
