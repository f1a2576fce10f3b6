package io.scalelab.app.cli;

import io.scalelab.exporters.apply.Apply;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps {@code scalelab apply} alive after Ctrl+C (or SIGTERM) until the running tool has stopped.
 * Without it the JVM exits at once and closes the read end of the tool's output: Terraform's next
 * write then kills it (SIGPIPE) before it saves its state and releases its lock. As a shutdown hook
 * it asks the tool to stop (once: a second interrupt makes Terraform give up without saving), and
 * waits, bounded, while the tool's output goes on being read and printed.
 */
final class InterruptGuard {

  /**
   * Longest wait for the tool after an interrupt. Terraform finishes the provider calls under way
   * before it saves its state; most AWS calls return within seconds, and past a minute the user may
   * rather press Ctrl+C again (which then ends this process).
   */
  static final Duration GRACE = Duration.ofSeconds(60);

  /** How often the wait looks whether a question started, which no tool will end. */
  private static final long POLL_MILLIS = 100;

  private final Apply apply;
  private final CliConsole console;
  private final CountDownLatch done = new CountDownLatch(1);
  private final Thread hook = new Thread(this::interrupted, "scalelab-apply-interrupt");

  InterruptGuard(Apply apply, CliConsole console) {
    this.apply = apply;
    this.console = console;
  }

  /** Arms the guard for the run that follows. */
  void arm() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The run has ended and said so: an interrupt now has nothing to wait for. */
  void disarm() {
    done.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Shutting down already: the hook is running and returns now that the run is done.
    }
  }

  private void interrupted() {
    if (done.getCount() == 0) {
      return;
    }
    if (console.asking()) {
      console.interruptedWhileAsking();
      return;
    }
    if (TerminalGroup.inForeground()) {
      // Ctrl+C in the terminal reached the tool too (same process group): do not send a second.
      apply.stopAfterInterrupt();
    } else {
      apply.stop();
    }
    console.line("");
    console.line(
        "Interrupted: waiting up to "
            + GRACE.toSeconds()
            + " s for the running tool to stop (terraform saves its state and releases its lock)"
            + "; nothing after it will run.");
    long deadline = System.nanoTime() + GRACE.toNanos();
    try {
      while (!done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (console.asking()) {
          console.interruptedWhileAsking();
          return;
        }
        if (System.nanoTime() > deadline) {
          console.line(
              "Gave up waiting after "
                  + GRACE.toSeconds()
                  + " s: the tool may still be running; if it was terraform, check for its"
                  + " state lock (terraform force-unlock) before applying again.");
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
