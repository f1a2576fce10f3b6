package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.model.Designs;
import io.scalelab.simulation.result.ResultFiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Same design and seed give the same result file, whatever the thread count; other seeds differ.
 */
class DeterminismTest {

  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults().withDuration(Duration.ofMinutes(2), Duration.ofSeconds(20));

  @Test
  void sameSeedGivesIdenticalJsonOnOneThreadOrMany() throws Exception {
    var design = Designs.load(Path.of("../examples/all-components.yaml"));

    String oneThread =
        ResultFiles.toJson(Simulator.run(design, OPTIONS.withReplications(3, 1).withSeed(42)));
    String threeThreads =
        ResultFiles.toJson(Simulator.run(design, OPTIONS.withReplications(3, 3).withSeed(42)));

    assertThat(threeThreads).isEqualTo(oneThread);
  }

  @Test
  void differentSeedsGiveDifferentResults() throws Exception {
    var design = Designs.load(Path.of("../examples/minimal.yaml"));

    String a =
        ResultFiles.toJson(Simulator.run(design, OPTIONS.withReplications(2, 2).withSeed(1)));
    String b =
        ResultFiles.toJson(Simulator.run(design, OPTIONS.withReplications(2, 2).withSeed(2)));

    assertThat(a).isNotEqualTo(b);
  }
}
