package io.scalelab.app.cli;

/** Exit codes shared by the commands. */
final class ExitCodes {

  /** Done; every file valid. */
  static final int OK = 0;

  /** A design is invalid or cannot be simulated. */
  static final int INVALID = 1;

  /** A file could not be read or written, or the command line is wrong (picocli's usage code). */
  static final int UNREADABLE = 2;

  /**
   * A service could not be used or answered badly (no AWS credentials, no network, an error from
   * the AWS Price List API), or its result could not be saved; nothing was changed.
   */
  static final int UNAVAILABLE = 3;

  private ExitCodes() {}
}
