package io.scalelab.app.gui.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.scalelab.model.file.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The design files opened or saved last, newest first, at most {@link #MAX_RECENT}, kept in a JSON
 * array of paths ({@code ~/.scalelab/recent.json} by default) written atomically.
 */
public final class RecentFiles {

  /** How many files the "Open recent" menu lists: 10, as many as a menu shows at a glance. */
  public static final int MAX_RECENT = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path store;
  private final List<Path> files = new ArrayList<>();

  /** Recent files kept in {@code store}; a missing or unreadable store starts an empty list. */
  public RecentFiles(Path store) {
    this.store = store;
    files.addAll(read(store));
  }

  /** The default store, {@code ~/.scalelab/recent.json}. */
  public static Path defaultStore() {
    return Path.of(System.getProperty("user.home"), ".scalelab", "recent.json");
  }

  /** The recent files, newest first. */
  public List<Path> list() {
    return List.copyOf(files);
  }

  /** Puts {@code file} first (once), drops the oldest beyond the limit and saves the list. */
  public void add(Path file) throws IOException {
    Path p = file.toAbsolutePath().normalize();
    files.remove(p);
    files.add(0, p);
    while (files.size() > MAX_RECENT) {
      files.remove(files.size() - 1);
    }
    save();
  }

  /** Forgets {@code file} (it could not be opened) and saves the list. */
  public void remove(Path file) throws IOException {
    if (files.remove(file.toAbsolutePath().normalize())) {
      save();
    }
  }

  private void save() throws IOException {
    ArrayNode array = JSON.createArrayNode();
    files.forEach(f -> array.add(f.toString()));
    Files.createDirectories(store.toAbsolutePath().getParent());
    AtomicFiles.writeString(
        store, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n");
  }

  /**
   * The list in the store. A store that is not a JSON array of strings was not written by this
   * class; the list starts empty and the next save replaces it (a recent-files list is a
   * convenience, not a document worth stopping the application for).
   */
  private static List<Path> read(Path store) {
    if (!Files.isRegularFile(store)) {
      return List.of();
    }
    try {
      JsonNode node = JSON.readTree(Files.readString(store));
      List<Path> out = new ArrayList<>();
      if (node != null && node.isArray()) {
        for (JsonNode n : node) {
          if (n.isTextual() && out.size() < MAX_RECENT) {
            out.add(Path.of(n.asText()).toAbsolutePath().normalize());
          }
        }
      }
      return out;
    } catch (JsonProcessingException e) {
      return List.of();
    } catch (IOException e) {
      return List.of();
    }
  }
}
