package io.scalelab.exporters.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an export into a folder without losing anything a person put there.
 *
 * <ul>
 *   <li>A manifest, {@code .scalelab-KIND.json}, remembers the SHA-256 of every file the last
 *       export of that kind wrote. A file that differs from both the manifest and the new content
 *       was edited by hand (or never written by ScaleLab): the export refuses, naming the files,
 *       unless {@code force}.
 *   <li>Every file is written to a staging folder first; only when all of them are there does
 *       anything move into place, each file by an atomic rename. A failure while generating or
 *       staging leaves the folder exactly as it was. A new folder appears whole, by one rename.
 *   <li>Files this export no longer produces are removed only if they still hold what ScaleLab
 *       wrote. Files ScaleLab never wrote (Terraform state, {@code .terraform/}, a README) are
 *       never touched.
 * </ul>
 */
public final class ExportDirectory {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LISTED = 8;

  private ExportDirectory() {}

  /** The manifest file name for an export kind. */
  public static String manifestName(String kind) {
    return ".scalelab-" + kind + ".json";
  }

  /**
   * Writes {@code files} into {@code dir}.
   *
   * @param force overwrite or remove files that were edited by hand
   * @throws ExportException when hand-edited files are in the way and {@code force} is false, when
   *     {@code dir} is not a folder, or on an I/O error; the message names the path
   */
  public static ExportSummary write(GeneratedFiles files, Path dir, boolean force)
      throws ExportException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new ExportException(target + " is a file, not a folder");
    }
    try {
      return Files.isDirectory(target) ? update(files, target, force) : create(files, target);
    } catch (IOException | UncheckedIOException e) {
      throw new ExportException("cannot write the export to " + target + ": " + message(e), e);
    }
  }

  private static ExportSummary create(GeneratedFiles files, Path target) throws IOException {
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".scalelab-");
    try {
      setMode(staging, "rwxr-xr-x");
      for (Map.Entry<String, String> f : files.files().entrySet()) {
        stage(staging, f.getKey(), f.getValue());
      }
      stage(staging, manifestName(files.kind()), manifest(files));
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      deleteTree(staging);
    }
    return new ExportSummary(target, List.copyOf(files.files().keySet()), List.of(), List.of());
  }

  /**
   * Checks that {@link #write} would succeed as far as hand edits go, writing nothing: lets a
   * command that writes several folders refuse before it touches any of them.
   *
   * @throws ExportException naming the hand-edited files (when {@code force} is false), or when
   *     {@code dir} is not a folder or cannot be read
   */
  public static void check(GeneratedFiles files, Path dir, boolean force) throws ExportException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new ExportException(target + " is a file, not a folder");
    }
    if (!Files.isDirectory(target)) {
      return;
    }
    try {
      Plan plan = plan(files, target, force);
      if (!plan.edited().isEmpty() && !force) {
        throw new ExportException(refusal(target, plan.edited()));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ExportException("cannot read " + target + ": " + message(e), e);
    }
  }

  /**
   * The files {@link #write(GeneratedFiles, Path, boolean) write} without {@code force} would
   * refuse to replace or remove, found without writing anything, so that a person can be asked
   * about them first (the GUI). An unreadable manifest is listed itself, with every file it then
   * cannot vouch for: {@code force} replaces it.
   *
   * @return relative paths, sorted; empty when {@code dir} does not exist yet
   * @throws ExportException when {@code dir} is a file, a folder stands where a file goes, the
   *     manifest lists a path outside the folder, or on an I/O error
   */
  public static List<String> handEdited(GeneratedFiles files, Path dir) throws ExportException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw new ExportException(target + " is a file, not a folder");
    }
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    try {
      List<String> edited = new ArrayList<>();
      Plan plan;
      try {
        plan = plan(files, target, false);
      } catch (ExportException unreadable) {
        // Forcing reads the manifest as empty; one that lists a path outside still throws here.
        plan = plan(files, target, true);
        edited.add(manifestName(files.kind()));
      }
      edited.addAll(plan.edited());
      return edited.stream().sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new ExportException("cannot read " + target + ": " + message(e), e);
    }
  }

  /** What an export would do to an existing folder. */
  private record Plan(
      List<String> write, List<String> unchanged, List<String> remove, List<String> edited) {}

  private static Plan plan(GeneratedFiles files, Path target, boolean force)
      throws IOException, ExportException {
    Map<String, String> previous = readManifest(target.resolve(manifestName(files.kind())), force);
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
      String now = sha256(Files.readAllBytes(p));
      if (now.equals(sha256(f.getValue()))) {
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
      if (!sha256(Files.readAllBytes(p)).equals(old.getValue())) {
        edited.add(old.getKey());
      }
    }
    return new Plan(write, unchanged, remove, edited);
  }

  private static ExportSummary update(GeneratedFiles files, Path target, boolean force)
      throws IOException, ExportException {
    Path manifestFile = target.resolve(manifestName(files.kind()));
    Plan plan = plan(files, target, force);
    if (!plan.edited().isEmpty() && !force) {
      throw new ExportException(refusal(target, plan.edited()));
    }
    Path staging = Files.createTempDirectory(target, ".scalelab-staging-");
    try {
      for (String path : plan.write()) {
        stage(staging, path, files.files().get(path));
      }
      stage(staging, manifestName(files.kind()), manifest(files));
      for (String path : plan.write()) {
        Path into = target.resolve(path);
        Files.createDirectories(into.getParent());
        move(staging.resolve(path), into);
      }
      move(staging.resolve(manifestName(files.kind())), manifestFile);
    } finally {
      deleteTree(staging);
    }
    for (String path : plan.remove()) {
      Path p = target.resolve(path);
      Files.deleteIfExists(p);
      pruneEmptyParents(p.getParent(), target);
    }
    return new ExportSummary(target, plan.write(), plan.unchanged(), plan.remove());
  }

  private static String refusal(Path target, List<String> edited) {
    List<String> shown = edited.stream().sorted().limit(LISTED).toList();
    String more = edited.size() > LISTED ? " and " + (edited.size() - LISTED) + " more" : "";
    return target
        + " has files edited by hand (or not written by ScaleLab) that this export would replace"
        + " or remove: "
        + String.join(", ", shown)
        + more
        + "; nothing was written. Move them away, or export again with --force to overwrite them";
  }

  private static Map<String, String> readManifest(Path file, boolean force)
      throws IOException, ExportException {
    Map<String, String> hashes = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return hashes;
    }
    try {
      JsonNode root = JSON.readTree(Files.readAllBytes(file));
      JsonNode list = root == null ? null : root.get("files");
      if (list == null || !list.isObject()) {
        throw new ExportException(file + ": no \"files\" object; it is not a ScaleLab manifest");
      }
      list.fields().forEachRemaining(e -> hashes.put(e.getKey(), e.getValue().asText()));
    } catch (JsonProcessingException | ExportException e) {
      if (force) {
        return Map.of();
      }
      throw new ExportException(
          file
              + " cannot be read ("
              + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())
              + "); nothing was written. Delete it, or export again with --force",
          e);
    }
    for (String path : hashes.keySet()) {
      if (path.startsWith("/") || List.of(path.split("/")).contains("..")) {
        throw new ExportException(file + " lists a path outside the folder: " + path);
      }
    }
    return hashes;
  }

  private static String manifest(GeneratedFiles files) {
    ObjectNode root = JSON.createObjectNode();
    root.put("generator", "scalelab");
    root.put("kind", files.kind());
    root.put(
        "note",
        "SHA-256 of each file ScaleLab wrote; a file that differs was edited and is not replaced"
            + " without --force");
    ObjectNode list = root.putObject("files");
    files.files().forEach((path, text) -> list.put(path, sha256(text)));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void stage(Path staging, String relative, String text) throws IOException {
    Path p = staging.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    setMode(p, "rw-r--r--");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void setMode(Path p, String mode) throws IOException {
    if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(mode));
    }
  }

  private static void pruneEmptyParents(Path dir, Path root) throws IOException {
    Path d = dir;
    while (d != null && d.startsWith(root) && !d.equals(root)) {
      try (Stream<Path> s = Files.list(d)) {
        if (s.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(d);
      d = d.getParent();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String message(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }
}
