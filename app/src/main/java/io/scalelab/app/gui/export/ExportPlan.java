package io.scalelab.app.gui.export;

import io.scalelab.exporters.files.GeneratedFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * An export made in memory, before anything is written: its parts and what the person should know.
 *
 * @param kind what was exported
 * @param parts the file sets and report files, in writing order
 * @param warnings one line each: what the exporter decided for the person or could not know
 */
public record ExportPlan(ExportKind kind, List<Part> parts, List<String> warnings) {

  public ExportPlan {
    parts = List.copyOf(parts);
    warnings = List.copyOf(warnings);
  }

  /** Every file the export writes, in writing order, with paths relative to the chosen folder. */
  public List<PreviewFile> files() {
    List<PreviewFile> all = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof FileSet) {
        FileSet s = (FileSet) p;
        s.files()
            .files()
            .forEach((path, text) -> all.add(new PreviewFile(s.prefix() + path, text)));
      } else if (p instanceof Report) {
        Report r = (Report) p;
        all.add(new PreviewFile(r.fileName(), r.text()));
      }
    }
    return all;
  }

  /** One piece of an export. */
  public sealed interface Part permits FileSet, Report {}

  /**
   * An exporter's files, written with {@code ExportDirectory} (all or nothing, hand edits kept).
   *
   * @param prefix the subfolder they go in, with a trailing slash ({@code terraform/}), or empty
   * @param files the files
   */
  public record FileSet(String prefix, GeneratedFiles files) implements Part {}

  /**
   * A single report file, written atomically.
   *
   * @param fileName its name in the chosen folder
   * @param text its content
   */
  public record Report(String fileName, String text) implements Part {}
}
