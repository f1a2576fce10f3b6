package io.scalelab.app.cli;

import io.scalelab.exporters.apply.Console;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The apply step's console on a terminal: output printed as it comes, and Terraform's own way of
 * asking: only {@code yes} approves; anything else, or the end of input, declines.
 */
final class CliConsole implements Console {

  /** The one answer that approves, as in {@code terraform apply}. */
  static final String APPROVAL = "yes";

  private final PrintWriter out;
  private final BufferedReader in;

  /** Set while a question waits for its answer; read by the interrupt guard's thread. */
  private volatile boolean asking;

  CliConsole(PrintWriter out, BufferedReader in) {
    this.out = out;
    this.in = in;
  }

  @Override
  public synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  @Override
  public synchronized boolean confirm(String summary) {
    out.println();
    summary.lines().forEach(out::println);
    out.println();
    out.println("Do you want to apply these changes?");
    out.println("  Only '" + APPROVAL + "' will be accepted to approve.");
    out.println();
    out.print("  Enter a value: ");
    out.flush();
    String answer;
    asking = true;
    try {
      answer = in.readLine();
    } catch (IOException e) {
      answer = null;
    } finally {
      asking = false;
    }
    if (answer == null) {
      // No one can answer (end of input, closed stdin): declining is the only safe reading.
      out.println();
      out.println("(no answer: end of input)");
      out.flush();
      return false;
    }
    // As Terraform does, a blank line between the answer and what follows.
    out.println();
    out.flush();
    return answer.strip().equals(APPROVAL);
  }

  /** Whether a question is waiting for its answer (no tool runs meanwhile). */
  boolean asking() {
    return asking;
  }

  /**
   * Says that an interrupt came while a question was open. Not synchronized: the asking thread
   * holds this console's lock while it waits for the answer; the writer has its own lock.
   */
  void interruptedWhileAsking() {
    out.println();
    out.println("Apply cancelled: interrupted at the question; nothing of this step was applied.");
    out.flush();
  }
}
