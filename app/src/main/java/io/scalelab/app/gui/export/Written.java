package io.scalelab.app.gui.export;

import io.scalelab.exporters.files.ExportSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * What a write did.
 *
 * @param folder the chosen folder
 * @param sets what each file set did to its folder
 * @param reports the report files written
 */
public record Written(Path folder, List<ExportSummary> sets, List<Path> reports) {

  public Written {
    sets = List.copyOf(sets);
    reports = List.copyOf(reports);
  }

  /** Files created or replaced, over every set and report. */
  public int written() {
    return sets.stream().mapToInt(s -> s.written().size()).sum() + reports.size();
  }

  /** Files left as they were because they already held the new content. */
  public int unchanged() {
    return sets.stream().mapToInt(s -> s.unchanged().size()).sum();
  }

  /** Files an earlier export wrote that this one no longer makes, removed. */
  public int removed() {
    return sets.stream().mapToInt(s -> s.removed().size()).sum();
  }

  /** One line for the status: {@code 12 files written, 3 unchanged, 1 removed in DIR}. */
  public String describe() {
    return String.format(
        "%d %s written, %d unchanged, %d removed in %s",
        written(), written() == 1 ? "file" : "files", unchanged(), removed(), folder);
  }
}
