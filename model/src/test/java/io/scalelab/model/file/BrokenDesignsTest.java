package io.scalelab.model.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken design files in {@code src/test/resources/broken}: each must fail with a
 * {@link DesignException} — never another exception — whose problems all name a line, one of them
 * at the line and with the message listed in {@code expected.tsv} (reviewed by hand).
 */
class BrokenDesignsTest {

  private static final Path DIR = Path.of("src/test/resources/broken");

  static Stream<Arguments> corpus() throws IOException {
    return Files.readAllLines(DIR.resolve("expected.tsv")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(f -> Arguments.of(f[0], Integer.parseInt(f[1]), f[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void brokenFileIsRejectedWithItsLineAndReason(String file, int line, String fragment) {
    Throwable thrown = catchThrowable(() -> Designs.load(DIR.resolve(file)));

    assertThat(thrown).isInstanceOf(DesignException.class);
    List<Problem> problems = ((DesignException) thrown).problems();
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).endsWith(file));
    assertThat(problems)
        .as("problems of %s", file)
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(line);
              assertThat(p.toString()).contains(fragment);
            });
  }

  @Test
  void corpusHasAnExpectationForEveryFileAndAtLeastForty() throws IOException {
    List<String> listed = corpus().map(a -> (String) a.get()[0]).toList();
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> present =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("expected.tsv"))
              .toList();
      assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
    }
    assertThat(listed).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyProblemOfAFileIsListedNotJustTheFirst() {
    String text =
        """
        scalelab: 1
        name: many-problems
        regions: [us-east-1]
        workload: {users: 0, requestsPerUserPerSecond: 1}
        components:
          - {id: users, type: users, region: us-east-1, colour: red}
          - id: api
            type: service
            platform: ec2
            region: us-east-1
            instances: -1
            serviceTime: {distribution: exponential, mean: 5}
        connections:
          - {from: users, to: api}
          - {from: api, to: nowhere}
        """;

    Throwable thrown = catchThrowable(() -> Designs.parse(text, "many.yaml", false));

    assertThat(((DesignException) thrown).problems())
        .extracting(Problem::line, Problem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, "workload.users"),
            org.assertj.core.groups.Tuple.tuple(6, "components[0].colour"),
            org.assertj.core.groups.Tuple.tuple(11, "components[1].instances"),
            org.assertj.core.groups.Tuple.tuple(12, "components[1].serviceTime.mean"),
            org.assertj.core.groups.Tuple.tuple(15, "connections[1].to"));
  }
}
