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

  /**
   * {@code apply}: a plan was declined ("Apply cancelled."); it and every later step did not run.
   */
  static final int CANCELLED = 4;

  /** {@code apply}: a tool (terraform, kubectl) failed; its own message was shown above. */
  static final int TOOL_FAILED = 5;

  /**
   * {@code export}: the folder holds files edited by hand (or not written by ScaleLab) that the
   * export would replace, or the export cannot be written there; nothing was changed.
   */
  static final int REFUSED = 6;

  private ExitCodes() {}
}
