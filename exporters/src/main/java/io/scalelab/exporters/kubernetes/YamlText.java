package io.scalelab.exporters.kubernetes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes documents as YAML text: Jackson serialises the objects, {@link YamlComments} adds the
 * comments (YAML comments are not data, so no serialiser writes them). Strings that look like
 * numbers or booleans are quoted, long lines are not folded, strings ending in a newline become
 * literal blocks (how the AWS Load Balancer Controller docs write JSON annotations).
 */
final class YamlText {

  private static final ObjectMapper YAML =
      new ObjectMapper(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                  .build())
          .registerModule(new Jdk8Module())
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);

  private static final ObjectMapper JSON = new ObjectMapper();

  private YamlText() {}

  /** The documents as one YAML stream, separated by {@code ---}, each under its comments. */
  static String write(List<Doc> docs) {
    return docs.stream().map(YamlText::write).collect(Collectors.joining("---\n"));
  }

  /** One document under its header comment, its fields under their comments. */
  static String write(Doc doc) {
    StringBuilder out = new StringBuilder();
    for (String line : doc.header()) {
      YamlComments.lines(line, 0, out);
    }
    return out.append(YamlComments.insert(serialise(doc.object()), doc.fieldComments())).toString();
  }

  /** Compact JSON, for annotations whose value is JSON (the ALB controller's actions). */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an export value always serialises: " + value, e);
    }
  }

  private static String serialise(Object object) {
    try {
      return YAML.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an export object always serialises: " + object, e);
    }
  }
}
