package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.model.Designs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CancellationTest {

  @Test
  void interruptingTheCallerStopsALongRunWithCancellationException() throws Exception {
    var design = Designs.load(Path.of("../examples/minimal.yaml"));
    // A run of many simulated hours that would take minutes of wall time.
    var options =
        SimulationOptions.defaults()
            .withUsers(1_000_000)
            .withDuration(Duration.ofHours(100), Duration.ofMinutes(1))
            .withReplications(2, 2);
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    Thread runner =
        new Thread(
            () -> {
              try {
                Simulator.run(design, options, f -> started.countDown());
              } catch (Throwable t) {
                outcome.set(t);
              }
            });
    runner.start();
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    runner.interrupt();
    runner.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(runner.isAlive()).isFalse();
    assertThat(outcome.get()).isInstanceOf(CancellationException.class);
  }
}
