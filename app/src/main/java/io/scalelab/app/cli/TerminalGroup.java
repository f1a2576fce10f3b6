package io.scalelab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether this process runs in the foreground process group of a terminal. Ctrl+C there sends
 * SIGINT to every process of that group, so a tool this process started (same group) got the
 * interrupt itself; elsewhere (no terminal, a background job, {@code kill -INT PID}) only this
 * process got it.
 */
final class TerminalGroup {

  /** Linux: {@code man 5 proc}, /proc/pid/stat: the fields after "(comm)" start with the state. */
  private static final Path PROC_STAT = Path.of("/proc/self/stat");

  /** Fields after "(comm) ": state ppid pgrp session tty_nr tpgid. */
  private static final int PGRP = 2;

  private static final int TPGID = 5;

  /** Longest wait for {@code ps} where /proc is missing (macOS); it answers in milliseconds. */
  private static final long PS_TIMEOUT_SECONDS = 5;

  private TerminalGroup() {}

  /**
   * True when this process's group is its terminal's foreground group; false without a terminal, or
   * when that cannot be told (then the caller forwards the interrupt itself).
   */
  static boolean inForeground() {
    Optional<long[]> ids = fromProc().or(TerminalGroup::fromPs);
    return ids.isPresent() && ids.get()[1] > 0 && ids.get()[0] == ids.get()[1];
  }

  private static Optional<long[]> fromProc() {
    try {
      String stat = Files.readString(PROC_STAT, StandardCharsets.US_ASCII);
      // The command name may hold spaces and parentheses; the fields start after the last ')'.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Optional.of(new long[] {Long.parseLong(f[PGRP]), Long.parseLong(f[TPGID])});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** BSD and procps {@code ps} both know the keywords pgid and tpgid. */
  private static Optional<long[]> fromPs() {
    List<String> command =
        List.of(
            "ps",
            "-o",
            "pgid=",
            "-o",
            "tpgid=",
            "-p",
            Long.toString(ProcessHandle.current().pid()));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
      }
      if (!p.waitFor(PS_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        return Optional.empty();
      }
      String[] f = out.split("\\s+");
      return Optional.of(new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])});
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
