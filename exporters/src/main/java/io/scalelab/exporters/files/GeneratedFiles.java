package io.scalelab.exporters.files;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files one export produces, held in memory until they are all made: relative path (forward
 * slashes, no {@code ..}) to UTF-8 text. Nothing touches the disk until {@link ExportDirectory}
 * writes the whole set.
 *
 * @param kind what was exported ({@code terraform}, {@code kubernetes}); names the manifest that
 *     remembers what was written, so two kinds may share a folder
 * @param files relative path to content, sorted by path; a name may start with one dot ({@code
 *     .gitignore}), except the manifests' {@code .scalelab-*}
 */
public record GeneratedFiles(String kind, Map<String, String> files) {

  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

  /** A path segment: a plain name, or a dot file such as {@code .gitignore} (never . or ..). */
  private static final Pattern SEGMENT = Pattern.compile("\\.?[A-Za-z0-9_][A-Za-z0-9_.-]*");

  public GeneratedFiles {
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException("kind must be lower-case letters and dashes: " + kind);
    }
    files.keySet().forEach(GeneratedFiles::checkPath);
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** Total size of the files in bytes (UTF-8). */
  public long bytes() {
    return files.values().stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  private static void checkPath(String path) {
    if (path.startsWith(".scalelab-")) {
      throw new IllegalArgumentException("the export's manifest name is reserved: " + path);
    }
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException("not a plain relative path: " + path);
      }
    }
  }
}
