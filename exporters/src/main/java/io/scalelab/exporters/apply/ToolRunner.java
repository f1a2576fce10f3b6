package io.scalelab.exporters.apply;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one tool at a time in a folder, with a given environment, handing its output to the {@link
 * Console} line by line as it is written (not when the tool exits). The tool's standard input is
 * closed at once, so a tool that would ask a question fails instead of waiting forever; the apply
 * step asks its own questions.
 */
final class ToolRunner {

  private final Console console;
  private final Map<String, String> environment;
  private final ToolControl control;

  ToolRunner(Console console, Map<String, String> environment, ToolControl control) {
    this.console = console;
    this.environment = Map.copyOf(environment);
    this.control = control;
  }

  /** What a tool printed on standard output when it was captured, and its exit code. */
  record Captured(int exitCode, String stdout) {}

  /** A streamed run: the tool's exit code and the lines it printed (already shown). */
  record Streamed(int exitCode, List<String> lines) {
    Streamed {
      lines = List.copyOf(lines);
    }
  }

  /**
   * Runs {@code command} in {@code dir}, streaming standard output and error together (in the order
   * written) to the console, after echoing the command.
   *
   * @return the tool's exit code and what it printed
   */
  Streamed stream(Path dir, List<String> command) throws ApplyException {
    control.check(command);
    console.line("$ " + display(command));
    Process p = start(dir, command, true);
    List<String> lines = new ArrayList<>();
    pump(p.getInputStream(), lines::add);
    return new Streamed(waitFor(p, command), lines);
  }

  /**
   * Runs {@code command} in {@code dir}, keeping standard output (for a program to read) while
   * standard error streams to the console (when {@code showErrors}) or is dropped.
   */
  Captured capture(Path dir, List<String> command, boolean showErrors) throws ApplyException {
    Process p = start(dir, command, false);
    Runnable readErrors =
        showErrors ? () -> pump(p.getErrorStream(), line -> {}) : () -> drain(p.getErrorStream());
    Thread errors = new Thread(readErrors, "apply-stderr");
    errors.setDaemon(true);
    errors.start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      p.destroy();
      throw new ApplyException(
          ApplyException.Reason.UNAVAILABLE,
          "cannot read the output of " + display(command) + ": " + e.getMessage());
    }
    int code = waitFor(p, command);
    try {
      errors.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Captured(code, out);
  }

  private Process start(Path dir, List<String> command, boolean mergeErrors) throws ApplyException {
    control.check(command);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(environment);
    pb.redirectErrorStream(mergeErrors);
    try {
      Process p = pb.start();
      control.started(p);
      p.getOutputStream().close();
      return p;
    } catch (IOException e) {
      throw new ApplyException(
          ApplyException.Reason.UNAVAILABLE,
          "cannot run " + command.get(0) + ": " + e.getMessage());
    }
  }

  private void pump(InputStream stream, Consumer<String> keep) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        console.line(line);
        keep.accept(line);
      }
    } catch (IOException e) {
      // The tool's end closed under us (e.g. it was killed); its exit code tells the rest.
      console.line("(output ended early: " + e.getMessage() + ")");
    }
  }

  private static void drain(InputStream stream) {
    try (stream) {
      stream.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // Nothing to show: this output was not wanted.
    }
  }

  private int waitFor(Process p, List<String> command) throws ApplyException {
    int code;
    try {
      code = p.waitFor();
    } catch (InterruptedException e) {
      // Someone stopped the apply (e.g. the GUI's cancel): stop the tool too, gently first.
      p.destroy();
      Thread.currentThread().interrupt();
      throw new ApplyException(
          ApplyException.Reason.TOOL_FAILED, "interrupted while running " + display(command), -1);
    } finally {
      control.finished();
    }
    if (control.stopped()) {
      throw control.stoppedWhile(command, code);
    }
    return code;
  }

  /** The command as a person would type it: the tool's name rather than its full path. */
  static String display(List<String> command) {
    List<String> shown = new ArrayList<>(command);
    shown.set(0, Path.of(command.get(0)).getFileName().toString());
    return String.join(" ", shown);
  }
}
