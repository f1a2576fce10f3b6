package io.scalelab.exporters.files;

import java.nio.file.Path;
import java.util.List;

/**
 * What one export did to its folder.
 *
 * @param dir the folder written
 * @param written relative paths created or replaced
 * @param unchanged relative paths already holding exactly this content (left untouched, mtime kept)
 * @param removed relative paths a previous export wrote that this one no longer produces
 */
public record ExportSummary(
    Path dir, List<String> written, List<String> unchanged, List<String> removed) {

  public ExportSummary {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    removed = List.copyOf(removed);
  }
}
