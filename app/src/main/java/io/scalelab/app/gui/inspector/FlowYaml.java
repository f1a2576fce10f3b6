package io.scalelab.app.gui.inspector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * A field's value as one line of YAML, the way a design file writes it: {@code 4}, {@code 250ms},
 * {@code [us-east-1, eu-west-1]}, {@code {distribution: gamma, mean: 50ms, shape: 2}}. What the
 * user types is read as a YAML value, so the reader judges it exactly as it would in a file.
 */
public final class FlowYaml {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private FlowYaml() {}

  /** A value typed into a field that is not YAML, with the parser's message. */
  public static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  /**
   * Reads typed text as a YAML value; empty for blank text (the field is left out).
   *
   * @throws Malformed when the text is not one YAML value
   */
  public static Optional<JsonNode> read(String text) throws Malformed {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonNode node = YAML.readTree(text);
      if (node == null || node.isMissingNode()) {
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (JsonProcessingException e) {
      throw new Malformed(
          "found text that is not a YAML value ("
              + e.getOriginalMessage().lines().findFirst().orElse("")
              + "); expected a value as a design file writes it, like 4, 250ms or {a: 1}");
    }
  }

  /** One line of flow YAML for a value. */
  public static String write(JsonNode node) {
    StringBuilder sb = new StringBuilder();
    write(node, sb);
    return sb.toString();
  }

  private static void write(JsonNode node, StringBuilder sb) {
    if (node.isObject()) {
      sb.append('{');
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        sb.append(scalar(e.getKey())).append(": ");
        write(e.getValue(), sb);
        if (it.hasNext()) {
          sb.append(", ");
        }
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        write(node.get(i), sb);
      }
      sb.append(']');
    } else if (node.isTextual()) {
      sb.append(scalar(node.asText()));
    } else {
      sb.append(node.asText());
    }
  }

  /** Text as written plain when it reads back as the same text, quoted otherwise. */
  private static String scalar(String text) {
    if (!text.isEmpty() && !text.matches(".*[,\\[\\]{}#:'\"].*")) {
      try {
        JsonNode back = YAML.readTree(text);
        if (back != null && back.isTextual() && back.asText().equals(text)) {
          return text;
        }
      } catch (JsonProcessingException e) {
        // Not plain YAML: quoted below.
      }
    }
    return "'" + text.replace("'", "''") + "'";
  }
}
