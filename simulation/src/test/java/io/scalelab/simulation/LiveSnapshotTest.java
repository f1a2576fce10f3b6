package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.Designs;
import io.scalelab.simulation.result.ResultFiles;
import io.scalelab.simulation.result.SimulationResult;
import io.scalelab.simulation.result.TimeSeries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The live snapshots a listener hears while a simulation runs. */
class LiveSnapshotTest {

  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(2), Duration.ofSeconds(20))
          .withResolution(Duration.ofSeconds(1));

  /** Collects snapshots; progress calls are ignored. */
  private static final class Collector implements SimulationListener {
    final List<LiveSnapshot> snapshots = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void progress(double fraction) {}

    @Override
    public void snapshot(LiveSnapshot s) {
      snapshots.add(s);
      threads.add(Thread.currentThread().getName());
    }
  }

  @Test
  void listeningLeavesTheResultOfASeedUnchanged() throws Exception {
    var design = Designs.load(Path.of("../examples/all-components.yaml"));
    var options =
        OPTIONS
            .withDuration(Duration.ofSeconds(40), Duration.ofSeconds(10))
            .withReplications(2, 2)
            .withSeed(7);

    SimulationResult quiet = Simulator.run(design, options);
    SimulationResult heard = Simulator.run(design, options, new Collector());

    assertThat(heard).isEqualTo(quiet);
    assertThat(ResultFiles.toJson(heard)).isEqualTo(ResultFiles.toJson(quiet));
  }

  @Test
  void snapshotsJoinWithoutGapsIntoTheFirstReplicationsSeries() throws Exception {
    var design = Designs.load(Path.of("../examples/phase-3-performance.yaml"));
    Collector c = new Collector();
    // One replication: the result's series is the first replication's own.
    SimulationResult r = Simulator.run(design, OPTIONS.withUsers(20_000).withReplications(1, 1), c);

    List<LiveSnapshot> s = c.snapshots;
    assertThat(s).isNotEmpty();
    int expectedFirst = 0;
    for (LiveSnapshot snap : s) {
      assertThat(snap.firstPoint()).isEqualTo(expectedFirst);
      expectedFirst += snap.size();
    }
    assertThat(s.get(s.size() - 1).done()).isTrue();
    assertThat(s.subList(0, s.size() - 1)).noneMatch(LiveSnapshot::done);
    assertThat(c.threads).noneMatch(t -> t.equals(Thread.currentThread().getName()));

    TimeSeries whole = r.timeSeries();
    assertThat(concat(s, ts -> ts.seconds())).isEqualTo(whole.seconds());
    for (String column : whole.endToEnd().keySet()) {
      assertThat(concat(s, ts -> ts.endToEnd().get(column)))
          .as(column)
          .isEqualTo(whole.endToEnd().get(column));
    }
    whole
        .components()
        .forEach(
            (id, columns) ->
                columns.forEach(
                    (column, values) ->
                        assertThat(concat(s, ts -> ts.components().get(id).get(column)))
                            .as(id + " " + column)
                            .isEqualTo(values)));
  }

  @Test
  void snapshotsComeAtMostTenTimesASecondOfWallTime() throws Exception {
    var design = Designs.load(Path.of("../examples/minimal.yaml"));
    Collector c = new Collector();
    long start = System.nanoTime();
    // Many small buckets, so that new points are always waiting.
    Simulator.run(
        design,
        OPTIONS.withUsers(200_000).withResolution(Duration.ofMillis(100)).withReplications(1, 1),
        c);
    double wallSeconds = (System.nanoTime() - start) / 1e9;

    // The first may come at once and the last on completion; between them, one per 1/10 s.
    assertThat(c.snapshots.size())
        .isLessThanOrEqualTo((int) Math.floor(wallSeconds * LiveSnapshot.MAX_PER_SECOND) + 2);
    assertThat(c.snapshots.size()).isGreaterThan(1);
  }

  @Test
  void replicaLagSeriesFollowsTheApplyQueueClosedForm() throws Exception {
    // As CloudBehaviourTest: one apply thread at 1 ms per write (exponential), 500 writes/s: an
    // M/M/1 sojourn of 1 / (1000 − 500) s = 2 ms, plus the 0.45 ms zone hop of the shipping.
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: replicated
            regions: [us-east-1]
            workload: {users: 500, requestsPerUserPerSecond: 1, readShare: 0}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: api
                type: service
                platform: ec2
                region: us-east-1
                concurrencyPerInstance: 10000
                queueCapacityPerInstance: 1000000
                serviceTime: {distribution: constant, value: 100us}
              - id: db
                type: database
                engine: postgres
                region: us-east-1
                instanceClass: db.r6g.4xlarge
                readReplicas: 1
                writeTime: {distribution: exponential, mean: 1ms}
            connections:
              - {from: users, to: api}
              - {from: api, to: db}
            """);
    SimulationResult r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(2), Duration.ofSeconds(10))
                .withReplications(2, 2));

    List<Double> lag = r.timeSeries().components().get("db").get("replicaLagMs");
    List<Double> seconds = r.timeSeries().seconds();
    double sum = 0;
    int n = 0;
    for (int i = 0; i < lag.size(); i++) {
      if (seconds.get(i) > 10) {
        sum += lag.get(i);
        n++;
      }
    }
    assertThat(sum / n).isCloseTo(2.45, within(0.25));
    assertThat(r.timeSeries().components().get("api").get("replicaLagMs")).containsOnly(0.0);
  }

  private static List<Double> concat(
      List<LiveSnapshot> snapshots, java.util.function.Function<TimeSeries, List<Double>> column) {
    List<Double> out = new ArrayList<>();
    for (LiveSnapshot s : snapshots) {
      out.addAll(column.apply(s.points()));
    }
    return out;
  }
}
