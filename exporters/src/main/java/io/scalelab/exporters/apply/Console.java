package io.scalelab.exporters.apply;

/**
 * Where the apply step talks to a person: the tools' output as it comes, and the yes/no question
 * after a plan. The command line prints and reads standard input; the GUI shows a log and a dialog.
 */
public interface Console {

  /**
   * One line of output (a tool's own output, or what the apply step says), without its line break.
   * Called as the line arrives; it may be called from a thread that reads a tool's error stream,
   * but never from two threads at once.
   */
  void line(String text);

  /**
   * Shows a plan summary and asks whether to apply it. Blocks until answered.
   *
   * @param summary the plan, several lines, already complete (what will change and where)
   * @return true only for an explicit approval; anything else (no answer, end of input) declines
   */
  boolean confirm(String summary);
}
