package io.scalelab.app.gui.document;

import io.scalelab.model.Problem;

/** How the editor words a problem: the reader's field and message, without the file position. */
public final class Problems {

  private Problems() {}

  /**
   * {@code field: message}, as {@code scalelab validate} prints it after the file position (the
   * position of an edited design is in no file).
   */
  public static String describe(Problem p) {
    return p.field().isEmpty() ? p.message() : p.field() + ": " + p.message();
  }
}
