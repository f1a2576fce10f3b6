package io.scalelab.exporters.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Comments land above the fields they name and change no data. */
class YamlCommentsTest {

  private static final String YAML =
      """
      metadata:
        annotations:
          note: |
            spec: not a key
        name: x
      spec:
        containers:
        - name: a
          resources:
            limits:
              memory: 1Gi
        - name: b
          resources: {}
      """;

  @Test
  void commentsGoAboveTheNamedFieldsAtTheirIndent() {
    String out =
        YamlComments.insert(
            YAML,
            Map.of(
                "spec.containers.resources", List.of("why the resources"),
                "spec.containers.name", List.of("the container"),
                "metadata.name", List.of("the name"),
                "spec", List.of("top")));
    assertThat(out)
        .contains("  # the name\n  name: x\n")
        .contains("# top\nspec:\n")
        .contains("  # the container\n  - name: a\n")
        .contains("    # why the resources\n    resources:\n      limits:")
        .contains("    # why the resources\n    resources: {}")
        // a block scalar's content is not a field
        .contains("note: |\n      spec: not a key\n");
    assertThat(out.lines().filter(l -> l.strip().equals("# top"))).hasSize(1);
    assertThat(Manifests.documents(out)).isEqualTo(Manifests.documents(YAML));
  }

  @Test
  void longCommentsWrapBetweenWordsAtOneHundredColumns() {
    StringBuilder out = new StringBuilder();
    String text = "word ".repeat(60).strip();
    YamlComments.lines(text, 4, out);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(lines)
        .allSatisfy(l -> assertThat(l).startsWith("    # ").hasSizeLessThanOrEqualTo(100));
    assertThat(String.join(" ", lines.stream().map(l -> l.substring(6)).toList())).isEqualTo(text);
  }
}
