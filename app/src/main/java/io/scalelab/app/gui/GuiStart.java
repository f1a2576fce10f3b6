package io.scalelab.app.gui;

import io.scalelab.model.Design;
import io.scalelab.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the window opens with: a design read by the command (a file or a phase preset), its
 * problems, and its file if it came from one.
 *
 * @param design the design
 * @param problems its cross-component problems (a file may be opened while still unfinished)
 * @param file the file it was read from; empty for a preset
 * @param runAtOpen start a run with the design's own users as soon as the window shows (and say on
 *     standard output when it has finished, for scripts that take a screenshot)
 */
public record GuiStart(
    Design design, List<Problem> problems, Optional<Path> file, boolean runAtOpen) {

  /** The line printed on standard output when the run started at open has finished. */
  public static final String RUN_FINISHED = "scalelab gui: run finished";

  public GuiStart {
    problems = List.copyOf(problems);
  }

  /** Opens without running. */
  public GuiStart(Design design, List<Problem> problems, Optional<Path> file) {
    this(design, problems, file, false);
  }

  /** The same start, running at open or not. */
  public GuiStart withRunAtOpen(boolean run) {
    return new GuiStart(design, problems, file, run);
  }
}
