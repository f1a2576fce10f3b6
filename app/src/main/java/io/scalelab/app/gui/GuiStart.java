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
 */
public record GuiStart(Design design, List<Problem> problems, Optional<Path> file) {

  public GuiStart {
    problems = List.copyOf(problems);
  }
}
