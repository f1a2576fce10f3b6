package io.scalelab.model.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.ParsedDesign;
import io.scalelab.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes design files. Use {@link io.scalelab.model.Designs}, the module's front door;
 * this class is public only so that the facade in the parent package can reach it.
 */
public final class DesignFiles {

  private DesignFiles() {}

  /**
   * Whether a file is read and written as JSON (by its {@code .json} extension) rather than YAML.
   */
  public static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  /**
   * Reads a design file.
   *
   * @throws DesignException listing every problem in the file
   * @throws IOException when the file cannot be read at all (missing, unreadable)
   */
  public static Design read(Path file) throws DesignException, IOException {
    ParsedDesign parsed = readLenient(file);
    if (!parsed.isValid()) {
      throw new DesignException(parsed.problems());
    }
    return parsed.design().get();
  }

  /**
   * Reads a design file as far as it goes (see {@link #parseLenient}).
   *
   * @throws IOException when the file cannot be read at all (missing, unreadable)
   */
  public static ParsedDesign readLenient(Path file) throws IOException {
    String source = file.toString();
    long size = Files.size(file);
    if (size > LocatedTree.MAX_CHARS) {
      return failed(
          source, 0, "the file is " + size + " bytes; design files are limited to 16 MiB");
    }
    byte[] bytes = Files.readAllBytes(file);
    try {
      return parseLenient(decode(bytes, source), source, isJson(file));
    } catch (DesignException e) {
      return new ParsedDesign(Optional.empty(), e.problems());
    }
  }

  private static ParsedDesign failed(String source, int line, String message) {
    return new ParsedDesign(Optional.empty(), fail(source, line, message).problems());
  }

  /**
   * Parses the text of a design file.
   *
   * @param source the name used in problems, usually the file name
   * @param json whether the text is JSON rather than YAML
   * @throws DesignException listing every problem in the text
   */
  public static Design parse(String text, String source, boolean json) throws DesignException {
    ParsedDesign parsed = parseLenient(text, source, json);
    if (!parsed.isValid()) {
      throw new DesignException(parsed.problems());
    }
    return parsed.design().get();
  }

  /**
   * Parses the text of a design file as far as it goes: the design is present when every field was
   * readable, even if it breaks rules that span components (those are in the problems).
   *
   * @param source the name used in problems, usually the file name
   * @param json whether the text is JSON rather than YAML
   */
  public static ParsedDesign parseLenient(String text, String source, boolean json) {
    try {
      return readTree(text, source, json);
    } catch (DesignException e) {
      return new ParsedDesign(Optional.empty(), e.problems());
    }
  }

  private static ParsedDesign readTree(String text, String source, boolean json)
      throws DesignException {
    if (text.length() > LocatedTree.MAX_CHARS) {
      throw fail(
          source,
          0,
          "the text has " + text.length() + " characters; designs are limited to 16 MiB");
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw fail(
          source,
          lineOf(text, nul),
          "found a NUL character; expected a text file (this looks binary)");
    }
    if (text.isBlank()) {
      throw fail(source, 1, "the file is empty; expected a design starting with 'scalelab: 1'");
    }
    List<Problem> problems = new ArrayList<>();
    LocatedTree tree = LocatedTree.parse(text, source, json, problems);
    if (tree == null) {
      throw new DesignException(sorted(problems));
    }
    if (tree.root() == null || tree.root().isMissingNode() || tree.root().isNull()) {
      throw fail(
          source,
          1,
          "the file holds no design (only comments?); expected 'scalelab: 1' and the rest");
    }
    ReadContext ctx = new ReadContext(source, tree);
    DesignReader reader = new DesignReader(ctx);
    Optional<Design> design = reader.read();
    // Problems found while reading fields mean the design holds placeholders: it is not usable.
    boolean fieldsRead = ctx.problems().isEmpty();
    design.ifPresent(d -> DesignChecks.check(d, reader.brokenIds()).forEach(ctx::atField));
    if (design.isEmpty() && ctx.problems().isEmpty()) {
      throw new AssertionError("a design was refused without a problem");
    }
    return new ParsedDesign(fieldsRead ? design : Optional.empty(), sorted(ctx.problems()));
  }

  /** The text of a design file for {@code design}, as YAML or JSON. */
  public static String format(Design design, boolean json) {
    try {
      return mapper(json).writeValueAsString(DesignWriter.write(design));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a design tree always serializes", e);
    }
  }

  /**
   * Writes a design file atomically: to a temporary file beside it, then moved over the target, so
   * a crash never leaves half a file. The format follows the extension.
   */
  public static void write(Design design, Path file) throws IOException {
    AtomicFiles.writeString(file, format(design, isJson(file)));
  }

  private static ObjectMapper mapper(boolean json) {
    if (json) {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
    YAMLFactory yaml =
        YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    return new ObjectMapper(yaml);
  }

  private static String decode(byte[] bytes, String source) throws DesignException {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      int line = 1;
      int bad = firstInvalidUtf8(bytes, start);
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw fail(
          source,
          line,
          "found bytes that are not UTF-8 text at byte "
              + bad
              + "; expected a UTF-8 YAML or JSON file (is this binary?)");
    }
  }

  private static int firstInvalidUtf8(byte[] bytes, int start) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    var in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static DesignException fail(String source, int line, String message) {
    return new DesignException(List.of(new Problem(source, line, 0, "", message)));
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(null);
    return out;
  }
}
