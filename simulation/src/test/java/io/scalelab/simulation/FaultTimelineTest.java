package io.scalelab.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.simulation.result.FaultResult;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Crashes, failovers and provisioned capacity: what fails, for how long, and what is lost. */
class FaultTimelineTest {

  private static final SimulationOptions OPTIONS =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(10), Duration.ofMinutes(1))
          .withReplications(2, 2);

  @Test
  void aCrashOfTheOnlyInstanceTakesEverythingDownDataIncluded() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: mvp
            regions: [us-east-1]
            workload: {users: 100, requestsPerUserPerSecond: 1, readShare: 0.8}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: app
                type: service
                platform: ec2
                region: us-east-1
                instanceType: t3.medium
                concurrencyPerInstance: 20
                serviceTime: {distribution: exponential, mean: 5ms}
              - {id: db, type: database, engine: postgres, region: us-east-1, host: app}
            connections:
              - {from: users, to: app}
              - {from: app, to: db}
            faults:
              - {type: instance-crash, component: app, at: 5m}
            """);
    SimulationResult r = Simulator.run(design, OPTIONS);

    FaultResult crash = r.faults().get(0);
    // Nothing replaces a bare instance: from 5 min to the end every request fails.
    assertThat(r.endToEnd().availability()).isCloseTo(4.0 / 9, within(0.02));
    var errors = r.timeSeries().endToEnd().get("errorRate");
    assertThat(errors.get(errors.size() - 1)).isEqualTo(1.0);
    assertThat(crash.recoverySeconds()).isGreaterThan(290);
    // The database lived in a container on it, backed up nightly: 5 minutes of writes are gone.
    assertThat(crash.lostWrites()).isCloseTo(100 * 0.2 * 300, within(300.0));
  }

  @Test
  void anAutoScalingGroupBehindAnAlbLosesOnlyWhatTheAlbSendsBeforeItsHealthChecksNotice()
      throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: asg
            regions: [us-east-1]
            workload: {users: 200, requestsPerUserPerSecond: 1}
            components:
              - {id: users, type: users, region: us-east-1}
              - {id: alb, type: load-balancer, region: us-east-1, zones: [us-east-1a, us-east-1b]}
              - id: app
                type: service
                platform: ec2
                region: us-east-1
                zones: [us-east-1a, us-east-1b]
                autoscaling: {min: 2, max: 4}
                concurrencyPerInstance: 20
                serviceTime: {distribution: exponential, mean: 5ms}
            connections:
              - {from: users, to: alb}
              - {from: alb, to: app}
            faults:
              - {type: instance-crash, component: app, at: 5m}
            """);
    SimulationResult r = Simulator.run(design, OPTIONS);

    FaultResult crash = r.faults().get(0);
    // The ALB notices after 2 checks 30 s apart; until then the idle dead target draws every
    // request (least outstanding requests), so about 60 s of traffic fails, then none.
    assertThat(crash.recoverySeconds()).isCloseTo(60, within(5.0));
    assertThat(crash.failedRequests()).isBetween(0.3 * 200 * 60, 1.0 * 200 * 60);
    // The group replaces it: two instances again by the end.
    var instances = r.timeSeries().components().get("app").get("instances");
    assertThat(instances.get(instances.size() - 1)).isEqualTo(2.0);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"true, 90", "cluster, 35"})
  void aMultiAzDatabaseFailsOverInItsCitedTime(String multiAz, double seconds) throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: multi-az
            regions: [us-east-1]
            workload: {users: 200, requestsPerUserPerSecond: 1}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: app
                type: service
                platform: ec2
                region: us-east-1
                instances: 2
                concurrencyPerInstance: 20
                serviceTime: {distribution: exponential, mean: 5ms}
              - {id: db, type: database, engine: postgres, region: us-east-1, instanceClass: db.r6g.large, multiAz: %s}
            connections:
              - {from: users, to: app}
              - {from: app, to: db}
            faults:
              - {type: instance-crash, component: db, at: 5m}
            """
                .formatted(multiAz));
    SimulationResult r = Simulator.run(design, OPTIONS);

    // RDS Multi-AZ DB instance: typically 60–120 s, simulated as the middle, 90 s; a Multi-AZ DB
    // cluster: typically under 35 s, simulated as 35 s.
    FaultResult crash = r.faults().get(0);
    assertThat(crash.recoverySeconds()).isCloseTo(seconds, within(1.0));
    assertThat(crash.failedRequests()).isCloseTo(200 * seconds, within(200 * seconds * 0.05));
    assertThat(crash.lostWrites()).isZero();
  }

  @Test
  void provisionedDynamoDbSpendsItsBurstCapacityThenThrottles() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: dynamodb
            regions: [us-east-1]
            workload: {users: 200, requestsPerUserPerSecond: 1, readShare: 1}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: app
                type: service
                platform: lambda
                region: us-east-1
                serviceTime: {distribution: constant, value: 2ms}
              - {id: table, type: key-value, region: us-east-1, capacity: provisioned, readCapacity: 100, writeCapacity: 10}
            connections:
              - {from: users, to: app}
              - {from: app, to: table}
            """);
    SimulationResult r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofMinutes(10), Duration.ZERO)
                .withReplications(2, 2));

    // 200 reads/s against 100 RCU: the 300 s of burst capacity (30,000 RCU) lasts 300 s, then
    // half the reads are throttled for the remaining 300 s.
    var table = r.components().get("table");
    assertThat(table.errorsByCause()).containsOnlyKeys("throttled");
    assertThat(table.errors() / 2.0).isCloseTo(30_000, within(1_500.0));
  }

  @Test
  void aHotKeyIsCappedAtOnePartitionsThroughputEvenOnDemand() throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: hot-key
            regions: [us-east-1]
            workload: {users: 5000, requestsPerUserPerSecond: 1, readShare: 1, keys: {count: 1, zipf: 0}}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: app
                type: service
                platform: lambda
                region: us-east-1
                serviceTime: {distribution: constant, value: 2ms}
              - {id: table, type: key-value, region: us-east-1}
            connections:
              - {from: users, to: app}
              - {from: app, to: table}
            """);
    SimulationResult r =
        Simulator.run(
            design,
            SimulationOptions.defaults()
                .withDuration(Duration.ofSeconds(70), Duration.ofSeconds(10))
                .withReplications(2, 2));

    // Every read hits the one key: its partition serves 3,000 RCU/s, the other 2,000/s throttle.
    var table = r.components().get("table");
    assertThat(table.throughputPerSecond()).isCloseTo(3_000, within(60.0));
    assertThat(table.errors() / 2.0 / 60).isCloseTo(2_000, within(100.0));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"1, 0", "0, 1"})
  void aCacheShardWithAReplicaInAnotherZoneSurvivesTheZone(int replicas, int failing)
      throws Exception {
    var design =
        TestDesigns.parse(
            """
            scalelab: 1
            name: cache-zones
            regions: [us-east-1]
            workload: {users: 100, requestsPerUserPerSecond: 1, readShare: 1, keys: {count: 1000, zipf: 1}}
            components:
              - {id: users, type: users, region: us-east-1}
              - id: app
                type: service
                platform: lambda
                region: us-east-1
                serviceTime: {distribution: constant, value: 1ms}
              - {id: cache, type: cache, region: us-east-1, zones: [us-east-1a, us-east-1b], nodeType: cache.r6g.large, replicasPerShard: %d}
              - {id: db, type: database, engine: postgres, region: us-east-1, zones: [us-east-1b], instanceClass: db.r6g.large}
            connections:
              - {from: users, to: app}
              - {from: app, to: db, via: cache}
            faults:
              - {type: az-outage, zone: us-east-1a, at: 5m, duration: 2m}
            """
                .formatted(replicas));
    SimulationResult r = Simulator.run(design, OPTIONS);

    // The shard's primary is in zone a. With a replica in zone b nothing fails; without one every
    // request fails while the zone is out (100 requests/s for 120 s).
    assertThat(r.faults().get(0).failedRequests()).isCloseTo(failing * 100 * 120, within(600.0));
  }
}
