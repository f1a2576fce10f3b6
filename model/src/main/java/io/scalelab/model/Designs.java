package io.scalelab.model;

import io.scalelab.model.file.DesignChecks;
import io.scalelab.model.file.DesignFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The front door of the model: load, check and save designs.
 *
 * <pre>{@code
 * Design d = Designs.load(Path.of("examples/minimal.yaml"));
 * Designs.save(d.withWorkload(d.workload().withUsers(5_000)), Path.of("bigger.yaml"));
 * }</pre>
 *
 * <p>Design files are YAML, or JSON when the name ends in {@code .json}; the format is documented
 * in {@code docs/design-format.md} and {@code docs/scalelab.schema.json}.
 */
public final class Designs {

  private Designs() {}

  /**
   * Loads and checks a design file.
   *
   * @throws DesignException listing every problem found, each with file, line, column and field
   * @throws IOException when the file cannot be read (missing, unreadable)
   */
  public static Design load(Path file) throws DesignException, IOException {
    return DesignFiles.read(file);
  }

  /**
   * Parses and checks the text of a design file.
   *
   * @param source the name used in problems
   * @param json whether the text is JSON rather than YAML
   * @throws DesignException listing every problem found
   */
  public static Design parse(String text, String source, boolean json) throws DesignException {
    return DesignFiles.parse(text, source, json);
  }

  /**
   * Loads a design file as far as it goes, for an editor (see {@link #parseLenient}).
   *
   * @throws IOException when the file cannot be read (missing, unreadable)
   */
  public static ParsedDesign loadLenient(Path file) throws IOException {
    return DesignFiles.readLenient(file);
  }

  /**
   * Parses the text of a design file as far as it goes, for an editor: the design is present when
   * every field could be read, even if it still breaks a rule that spans components (a component
   * not yet connected...); the problems are those {@link #parse} would throw, with the same
   * messages.
   *
   * @param source the name used in problems
   * @param json whether the text is JSON rather than YAML
   */
  public static ParsedDesign parseLenient(String text, String source, boolean json) {
    return DesignFiles.parseLenient(text, source, json);
  }

  /**
   * The cross-component problems of a design built in code (or edited in the desktop application):
   * dangling connections, duplicate ids, sync cycles, unreachable components... Empty when sound.
   */
  public static List<Problem> check(Design design) {
    return DesignChecks.check(design);
  }

  /** Saves a design atomically (temp file + move), as YAML or, for {@code .json}, JSON. */
  public static void save(Design design, Path file) throws IOException {
    DesignFiles.write(design, file);
  }

  /** The design-file text of a design, YAML or JSON. */
  public static String format(Design design, boolean json) {
    return DesignFiles.format(design, json);
  }
}
