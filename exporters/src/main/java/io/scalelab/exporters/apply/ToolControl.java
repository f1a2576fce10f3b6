package io.scalelab.exporters.apply;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets another thread (the GUI's Stop button) end an apply while a tool runs. A thread blocked
 * reading a tool's output cannot be interrupted, so stopping acts on the process instead: once it
 * ends, its output ends, and the apply step throws {@link ApplyException.Reason#STOPPED} rather
 * than starting anything else. Thread-safe.
 */
final class ToolControl {

  private Map<Tool, Path> tools = Map.of();
  private Optional<Process> current = Optional.empty();
  private boolean stopped;
  private boolean killed;

  /** The executables of this run, to say which tool was stopped. */
  synchronized void tools(Map<Tool, Path> found) {
    tools = Map.copyOf(found);
  }

  /** Refuses to start {@code command} once stopped. */
  synchronized void check(List<String> command) throws ApplyException {
    if (stopped) {
      throw ApplyException.stopped(
          "stopped before " + ToolRunner.display(command) + " ran; nothing after it ran");
    }
  }

  /** Records the running tool; ends it at once if a stop came while it was starting. */
  synchronized void started(Process p) {
    current = Optional.of(p);
    if (killed) {
      kill(p);
    } else if (stopped) {
      terminate(p);
    }
  }

  /** The tool ended; nothing is running until the next {@link #started}. */
  synchronized void finished() {
    current = Optional.empty();
  }

  synchronized boolean stopped() {
    return stopped;
  }

  /**
   * Asks the running tool to stop as an interrupt from the terminal would (SIGTERM on Unix):
   * Terraform then finishes the calls under way, saves its state and releases its lock; kubectl
   * stops at once. No further command starts.
   */
  synchronized void stop() {
    stopped = true;
    current.ifPresent(ToolControl::terminate);
  }

  /**
   * Starts no further command, and sends nothing to the running tool: for when it has already been
   * interrupted by someone else (Ctrl+C in a terminal reaches every process of the foreground
   * process group). A second signal would make Terraform exit at once without saving its state.
   */
  synchronized void stopAfterRunning() {
    stopped = true;
  }

  /**
   * Ends the running tool and every process it started, without waiting for them to finish what
   * they are doing. No further command starts.
   */
  synchronized void kill() {
    stopped = true;
    killed = true;
    current.ifPresent(ToolControl::kill);
  }

  /**
   * Through the process handle, not {@link Process#destroy()}: that also closes our end of the
   * tool's output, so its last words (Terraform's "Interrupt received...") would be lost, and a
   * tool still writing would die of a broken pipe instead of stopping cleanly.
   */
  private static void terminate(Process p) {
    p.toHandle().destroy();
  }

  private static void kill(Process p) {
    // The children too (a plugin or shell left alive would keep the output pipe open), listed
    // before the tool dies and they are handed to init, and killed after it, so that it cannot
    // act on their end.
    List<ProcessHandle> children = p.descendants().toList();
    p.toHandle().destroyForcibly();
    children.forEach(ProcessHandle::destroyForcibly);
  }

  /** The exception for a tool that ended after a stop, saying what state things may be in. */
  synchronized ApplyException stoppedWhile(List<String> command, int exitCode) {
    String shown = ToolRunner.display(command);
    if (exitCode == 0) {
      return ApplyException.stopped(
          "stopped after " + shown + " had finished; nothing after it ran");
    }
    return ApplyException.stopped(
        (killed ? "killed " : "stopped ") + shown + "; " + aftermath(command));
  }

  private String aftermath(List<String> command) {
    boolean terraform = Path.of(command.get(0)).equals(tools.get(Tool.TERRAFORM));
    boolean changes = command.size() > 1 && command.get(1).equals("apply");
    if (changes && terraform) {
      return killed
          ? "Terraform was killed while changing resources: some may exist that its state does not"
              + " record, and its state lock may remain (terraform force-unlock); check the"
              + " resources before applying again"
          : "Terraform saved in its state what it had done (a resource it was creating is marked"
              + " tainted, to be replaced); the plan's other changes were not made; apply again"
              + " for a new plan of the rest";
    }
    if (changes && !command.contains("--dry-run=server")) {
      // The rendered file named in the command is deleted by now: point at the folder's step.
      return "some objects may have been applied and others not; apply the folder again to see"
          + " the difference (kubectl diff -k FOLDER --server-side shows it too)";
    }
    return terraform && killed
        ? "nothing was changed, but Terraform's state lock may remain (terraform force-unlock)"
        : "nothing was changed";
  }
}
