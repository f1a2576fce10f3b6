package io.scalelab.exporters.files;

/**
 * An export that cannot be written as asked: a folder holding hand-edited files, a path that is a
 * file, or a folder that cannot be written. The message is one line a user can act on; nothing was
 * changed on disk.
 */
public final class ExportException extends Exception {

  private static final long serialVersionUID = 1L;

  /** An export refused or failed, with a message that names the folder or file. */
  public ExportException(String message) {
    super(message);
  }

  /** An export failed on an I/O error; the message names the folder or file. */
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
