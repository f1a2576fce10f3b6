package io.scalelab.exporters.kubernetes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts comment lines above fields of block-style YAML as Jackson writes it (two-space indent,
 * sequence items at their parent's indent, literal blocks for multi-line strings). A field is named
 * by its dotted path of mapping keys; sequence items add nothing to the path, so a comment for
 * {@code spec.rules.http} lands above every rule's {@code http}. Only comments are added: the data
 * parses back unchanged.
 */
final class YamlComments {

  /**
   * Indent, an optional sequence dash, a plain or double-quoted key, then ':' and a space or end.
   */
  private static final Pattern KEY =
      Pattern.compile(
          "^( *)(- )?(\"(?:[^\"\\\\]|\\\\.)*\"|[^ #'\"\\-][^:]*|-[^ :][^:]*):( |$)(.*)");

  /** Comment lines wrap at 100 columns, the width Google's style guides use. */
  static final int WIDTH = 100;

  private YamlComments() {}

  /** {@code yaml} with the comment lines of {@code comments} above the fields they name. */
  static String insert(String yaml, Map<String, List<String>> comments) {
    if (comments.isEmpty()) {
      return yaml;
    }
    StringBuilder out = new StringBuilder();
    Deque<Key> path = new ArrayDeque<>();
    int blockIndent = -1;
    for (String line : yaml.split("\n", -1)) {
      if (blockIndent >= 0 && (line.isEmpty() || indent(line) > blockIndent)) {
        out.append(line).append('\n');
        continue;
      }
      blockIndent = -1;
      Matcher m = KEY.matcher(line);
      if (m.matches()) {
        int dash = m.group(1).length();
        int keyIndent = dash + (m.group(2) == null ? 0 : 2);
        while (!path.isEmpty() && path.peekLast().indent() >= keyIndent) {
          path.removeLast();
        }
        path.addLast(new Key(keyIndent, unquote(m.group(3))));
        String value = m.group(5).strip();
        if (value.startsWith("|") || value.startsWith(">")) {
          blockIndent = keyIndent;
        }
        for (String comment : comments.getOrDefault(dotted(path), List.of())) {
          lines(comment, dash, out);
        }
      }
      out.append(line).append('\n');
    }
    // split(-1) keeps the empty string after the final newline; drop the extra newline it added
    return out.substring(0, out.length() - 1);
  }

  /**
   * Appends {@code text} as comment lines at {@code indent}, wrapped at {@value #WIDTH} columns
   * between words (a word longer than a line stays whole).
   */
  static void lines(String text, int indent, StringBuilder out) {
    String prefix = " ".repeat(indent) + "#";
    StringBuilder line = new StringBuilder(prefix);
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(prefix);
      }
      line.append(' ').append(word);
    }
    out.append(line).append('\n');
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static String unquote(String key) {
    return key.startsWith("\"") ? key.substring(1, key.length() - 1).replace("\\\"", "\"") : key;
  }

  private static String dotted(Deque<Key> path) {
    StringBuilder s = new StringBuilder();
    for (Key k : path) {
      if (s.length() > 0) {
        s.append('.');
      }
      s.append(k.name());
    }
    return s.toString();
  }

  private record Key(int indent, String name) {}
}
