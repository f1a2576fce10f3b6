package io.scalelab.exporters.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What writing an export into an existing folder would do, file by file, found by comparing the
 * folder's files with the new content and with the SHA-256s the last export of that kind recorded.
 *
 * @param write relative paths to create or replace
 * @param unchanged relative paths already holding exactly the new content
 * @param remove relative paths the last export wrote and this one no longer produces
 * @param edited the paths among {@code write} and {@code remove} whose content is neither what
 *     ScaleLab last wrote nor the new content: edited by hand, or never written by ScaleLab
 */
record Changes(
    List<String> write, List<String> unchanged, List<String> remove, List<String> edited) {

  Changes {
    write = List.copyOf(write);
    unchanged = List.copyOf(unchanged);
    remove = List.copyOf(remove);
    edited = List.copyOf(edited);
  }

  /**
   * Compares {@code files} with the folder {@code target}; reads files, writes nothing.
   *
   * @param previous relative path to the SHA-256 the last export of this kind recorded
   * @throws ExportException when a folder stands where the export writes a file
   */
  static Changes of(GeneratedFiles files, Path target, Map<String, String> previous)
      throws IOException, ExportException {
    List<String> write = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    List<String> edited = new ArrayList<>();
    for (Map.Entry<String, String> f : files.files().entrySet()) {
      Path p = target.resolve(f.getKey());
      if (Files.isDirectory(p)) {
        throw new ExportException(p + " is a folder where the export writes a file");
      }
      if (!Files.exists(p)) {
        write.add(f.getKey());
        continue;
      }
      String now = ExportDirectory.sha256(Files.readAllBytes(p));
      if (now.equals(ExportDirectory.sha256(f.getValue()))) {
        unchanged.add(f.getKey());
      } else {
        write.add(f.getKey());
        if (!now.equals(previous.get(f.getKey()))) {
          edited.add(f.getKey());
        }
      }
    }
    for (Map.Entry<String, String> old : previous.entrySet()) {
      Path p = target.resolve(old.getKey());
      if (files.files().containsKey(old.getKey()) || !Files.isRegularFile(p)) {
        continue;
      }
      remove.add(old.getKey());
      if (!ExportDirectory.sha256(Files.readAllBytes(p)).equals(old.getValue())) {
        edited.add(old.getKey());
      }
    }
    return new Changes(write, unchanged, remove, edited);
  }
}
