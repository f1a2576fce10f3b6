package io.scalelab.exporters.apply;

/**
 * The apply step stopped before its end for a reason other than a declined plan. The message is one
 * line a person can act on; when a tool failed, its own message was already streamed to the {@link
 * Console}.
 */
public final class ApplyException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the apply step stopped. */
  public enum Reason {
    /** The folder holds nothing to apply, or cannot be read; nothing ran. */
    FOLDER,
    /**
     * Something the tools need is missing: the tool itself, AWS credentials, a Kubernetes context.
     */
    UNAVAILABLE,
    /** A tool exited with an error; {@link #toolExitCode()} holds its exit code. */
    TOOL_FAILED,
    /**
     * Someone stopped the apply ({@link Apply#stop()} or {@link Apply#kill()}); the message says
     * what was running and what state things may be in.
     */
    STOPPED
  }

  private final Reason reason;
  private final int toolExitCode;

  /** A stop that is not a tool's failure. */
  public ApplyException(Reason reason, String message) {
    this(reason, message, 0);
  }

  ApplyException(Reason reason, String message, int toolExitCode) {
    super(message);
    this.reason = reason;
    this.toolExitCode = toolExitCode;
  }

  /** A tool failed with {@code exitCode}; the message names the tool and what it was doing. */
  static ApplyException toolFailed(String what, int exitCode) {
    return new ApplyException(
        Reason.TOOL_FAILED,
        what + " failed (exit code " + exitCode + "); its message is above; nothing after it ran",
        exitCode);
  }

  /** The apply was stopped from outside; {@code message} says while doing what. */
  static ApplyException stopped(String message) {
    return new ApplyException(Reason.STOPPED, message);
  }

  /** Why the apply step stopped. */
  public Reason reason() {
    return reason;
  }

  /** The failing tool's exit code for {@link Reason#TOOL_FAILED}, otherwise 0. */
  public int toolExitCode() {
    return toolExitCode;
  }
}
