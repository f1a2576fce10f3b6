package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.network.Latencies;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SQS queues between producers and consumers: backlog, redelivery, dead-letter queue. */
class MessagingTest {

  private static final String DESIGN =
      """
      scalelab: 1
      name: queue
      regions: [us-east-1]
      workload: {users: 1000, requestsPerUserPerSecond: %s}
      components:
        - {id: users, type: users, region: us-east-1}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          concurrencyPerInstance: 1000
          serviceTime: {distribution: constant, value: 1ms}
        - {id: jobs, type: queue, region: us-east-1, visibilityTimeout: 1s, maxReceives: 3}
        - id: worker
          type: service
          platform: ec2
          region: us-east-1
          timeout: %s
          serviceTime: {distribution: constant, value: 20ms}
      connections:
        - {from: users, to: api}
        - {from: api, to: jobs, mode: async}
        - {from: jobs, to: worker, concurrency: 1}
      """;

  @Test
  void consumersSlowerThanProducersGrowTheBacklogAtTheRateDifference() throws Exception {
    // 100 messages/s in; one consumer takes a message at a time: 20 ms of work plus the hop to it
    // and back (zones unknown: cross-zone with probability 2/3), ~48/s. The rest piles up.
    SimulationResult r =
        Simulator.run(
            TestDesigns.parse(DESIGN.formatted("0.1", "60s")),
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(5), Duration.ofSeconds(30))
                .withReplications(2, 2));

    List<Double> seconds = r.timeSeries().seconds();
    List<Double> backlog = r.timeSeries().components().get("jobs").get("queueLength");
    double hopMs =
        (2.0 / 3 * Latencies.DEFAULT_CROSS_AZ.toNanos()
                + 1.0 / 3 * Latencies.DEFAULT_INTRA_AZ.toNanos())
            / 1e6;
    double consumerRate = 1000 / (20 + 2 * hopMs);
    double at100 = backlog.get(seconds.indexOf(100.0));
    double at300 = backlog.get(seconds.indexOf(300.0));
    assertThat((at300 - at100) / 200).isCloseTo(100 - consumerRate, within(2.5));
    assertThat(r.components().get("worker").throughputPerSecond())
        .isCloseTo(consumerRate, within(0.5));
    // FIFO: the oldest waiting message came in when as many had gone out as had come in, so it has
    // waited (1 - out/in) of the time elapsed.
    List<Double> age = r.timeSeries().components().get("jobs").get("oldestMessageAgeSeconds");
    assertThat(age.get(seconds.indexOf(300.0)))
        .isCloseTo(300 * (1 - consumerRate / 100), within(10.0));
  }

  @Test
  void aMessageThatAlwaysFailsIsDeliveredAgainThenDeadLettered() throws Exception {
    // The worker's 10 ms timeout fails every 20 ms job: each message is received three times
    // (1 s apart) and then moved to the dead-letter queue.
    SimulationResult r =
        Simulator.run(
            TestDesigns.parse(DESIGN.formatted("0.01", "10ms")),
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(2), Duration.ofSeconds(10))
                .withReplications(2, 2));

    var messages = r.components().get("jobs").messages().orElseThrow();
    assertThat(messages.consumed()).isZero();
    // 10 messages/s over 110 s measured.
    assertThat(messages.deadLettered()).isCloseTo(1100, within(60.0));
    assertThat(messages.redelivered()).isCloseTo(2 * messages.deadLettered(), within(60.0));
    assertThat(r.components().get("worker").errorsByCause()).containsKey("timeout");
  }
}
