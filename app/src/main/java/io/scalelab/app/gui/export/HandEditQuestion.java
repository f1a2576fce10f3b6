package io.scalelab.app.gui.export;

import java.nio.file.Path;
import java.util.List;

/** The words of the question asked before files edited by hand are overwritten, and of a no. */
final class HandEditQuestion {

  static final String TITLE = "Overwrite files edited by hand?";

  /** Files named in the question; the rest are counted. */
  private static final int LISTED = 12;

  String text(Path folder, List<String> edited) {
    StringBuilder b =
        new StringBuilder(
            "This export would replace or remove "
                + count(edited)
                + " in "
                + folder
                + " that ScaleLab did not write as they are now (edited by hand, or not"
                + " ScaleLab's):\n");
    edited.stream().limit(LISTED).forEach(f -> b.append("\n    ").append(f));
    if (edited.size() > LISTED) {
      b.append("\n    … and ").append(edited.size() - LISTED).append(" more");
    }
    b.append("\n\nOverwrite them? What was changed in them is lost. Cancel writes nothing.");
    return b.toString();
  }

  String declined(Path folder, List<String> edited) {
    return "Nothing written: "
        + count(edited)
        + " edited by hand in "
        + folder
        + " kept as they are. Move them away or choose another folder to export.";
  }

  private static String count(List<String> edited) {
    return edited.size() == 1 ? "1 file" : edited.size() + " files";
  }
}
