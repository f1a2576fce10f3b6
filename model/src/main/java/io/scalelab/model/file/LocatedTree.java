package io.scalelab.model.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scalelab.model.Problem;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A parsed design file: its tree and, for every field and value, the line and column it stands at,
 * keyed by JSON Pointer. Parsing also finds duplicate keys and a second YAML document, which the
 * tree alone would hide.
 */
final class LocatedTree {

  /** Largest design file accepted: 16 MiB, far beyond any real design, small enough to hold. */
  static final int MAX_CHARS = 16 * 1024 * 1024;

  /** Most YAML aliases in one file, against alias bombs ("billion laughs"). */
  static final int MAX_ALIASES = 100;

  /** Deepest nesting accepted; a design needs about 6 levels. */
  static final int MAX_DEPTH = 64;

  private final JsonNode root;
  private final Map<String, int[]> keyLocations;
  private final Map<String, int[]> valueLocations;

  private LocatedTree(JsonNode root, Map<String, int[]> keys, Map<String, int[]> values) {
    this.root = root;
    this.keyLocations = keys;
    this.valueLocations = values;
  }

  /** The root of the tree. */
  JsonNode root() {
    return root;
  }

  /**
   * The line and column of the field or element at {@code pointer}: of its value when {@code
   * atValue}, else of its key; falls back to the nearest enclosing element. Returns {@code {0, 0}}
   * when nothing is known.
   */
  int[] location(String pointer, boolean atValue) {
    String p = pointer;
    while (true) {
      int[] loc = atValue ? valueLocations.get(p) : keyLocations.get(p);
      if (loc == null) {
        loc = atValue ? keyLocations.get(p) : valueLocations.get(p);
      }
      if (loc != null) {
        return loc;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * Parses {@code text} as YAML, or as JSON when {@code json}. Syntax errors, duplicate keys and
   * extra documents are added to {@code problems}; the result is null when the text could not be
   * parsed.
   */
  static LocatedTree parse(String text, String source, boolean json, List<Problem> problems) {
    JsonFactory factory = factory(json);
    Map<String, int[]> keys = new HashMap<>();
    Map<String, int[]> values = new HashMap<>();
    int before = problems.size();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      int depth = 0;
      while (t != null) {
        String pointer = p.getParsingContext().pathAsPointer().toString();
        JsonLocation loc = p.currentTokenLocation();
        int[] at = {loc.getLineNr(), loc.getColumnNr()};
        if (t == JsonToken.FIELD_NAME) {
          if (keys.putIfAbsent(pointer, at) != null) {
            int[] first = keys.get(pointer);
            problems.add(
                problem(
                    source,
                    at,
                    pointer,
                    "duplicate key '"
                        + p.currentName()
                        + "' (first at line "
                        + first[0]
                        + "); a key may appear once"));
          }
        } else if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          values.putIfAbsent(pointer, at);
        }
        if (t.isStructStart()) {
          depth++;
        } else if (t.isStructEnd()) {
          depth--;
        }
        if (depth == 0 && t != JsonToken.FIELD_NAME) {
          // The root value has ended: anything after it is a second document.
          JsonToken next = p.nextToken();
          if (next != null) {
            JsonLocation l = p.currentTokenLocation();
            problems.add(
                problem(
                    source,
                    new int[] {l.getLineNr(), l.getColumnNr()},
                    "",
                    "a design file holds one document; found more after line " + at[0]));
          }
          break;
        }
        t = p.nextToken();
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      int[] at = l == null ? new int[] {0, 0} : new int[] {l.getLineNr(), l.getColumnNr()};
      problems.add(problem(source, at, "", syntaxMessage(e, json)));
      return null;
    } catch (YAMLException e) {
      problems.add(problem(source, new int[] {0, 0}, "", "not valid YAML: " + firstLine(e)));
      return null;
    } catch (IOException e) {
      problems.add(problem(source, new int[] {0, 0}, "", "could not parse: " + firstLine(e)));
      return null;
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      JsonNode root = new ObjectMapper(factory(json)).readTree(text);
      return new LocatedTree(root, keys, values);
    } catch (IOException | YAMLException e) {
      problems.add(problem(source, new int[] {0, 0}, "", "could not parse: " + firstLine(e)));
      return null;
    }
  }

  private static JsonFactory factory(boolean json) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
    if (json) {
      return JsonFactory.builder().streamReadConstraints(limits).build();
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowDuplicateKeys(true); // reported by us, with both lines
    options.setCodePointLimit(MAX_CHARS);
    options.setNestingDepthLimit(MAX_DEPTH);
    return YAMLFactory.builder().loaderOptions(options).streamReadConstraints(limits).build();
  }

  private static String syntaxMessage(JsonProcessingException e, boolean json) {
    String what = json ? "not valid JSON: " : "not valid YAML: ";
    return what
        + firstLine(e.getOriginalMessage() == null ? e : new Exception(e.getOriginalMessage()));
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }

  private static Problem problem(String source, int[] at, String pointer, String message) {
    return new Problem(source, at[0], at[1], Paths.toField(pointer), message);
  }
}
