package io.scalelab.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.Design;
import io.scalelab.model.fault.Fault;
import io.scalelab.model.region.AvailabilityZone;
import io.scalelab.model.region.Region;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.network.Latencies;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.FaultResult;
import io.scalelab.simulation.result.SimulationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each phase's story, driven by the simulation of its preset, not by text in the preset. */
class PhasesTest {

  private static SimulationResult run(Design d, long users, Duration warmup, Duration length)
      throws Exception {
    Design design = d.withWorkload(d.workload().withUsers(users));
    return Simulator.run(
        design,
        SimulationOptions.defaults()
            .withDuration(length, warmup)
            .withSeed(3)
            .withReplications(1, 1)
            .withResolution(Duration.ofSeconds(10)));
  }

  @Test
  void everyPresetRunsTheSharedWorkloadAndIsCopiedToExamples() throws Exception {
    for (Phase p : Phase.values()) {
      Design d = Presets.design(p);
      assertThat(d.workload()).as(p.fileName()).isEqualTo(Presets.workload(p.users()));
      assertThat(Files.readString(Path.of("../examples", p.fileName())))
          .as("examples/" + p.fileName() + " is the shipped preset")
          .isEqualTo(Presets.text(p));
      Presets.ORIGIN_SHARES.forEach(
          (origin, share) ->
              assertThat(d.component(origin).orElseThrow())
                  .as(p + " " + origin)
                  .extracting(
                      c -> ((io.scalelab.model.component.UserOrigin) c).share().orElseThrow())
                  .isEqualTo(share));
    }
  }

  @Test
  void phase0AnInstanceCrashTakesEverythingDownAndLosesWritesAndTheBoxSaturatesAtPhase1Load()
      throws Exception {
    Design d =
        Presets.design(Phase.MVP)
            .withFaults(
                List.of(
                    new Fault.InstanceCrash(
                        "box", Duration.ofMinutes(5), Optional.of(Duration.ofMinutes(3)))));
    SimulationResult crash = run(d, 2_000, Duration.ofMinutes(1), Duration.ofMinutes(10));
    FaultResult f = crash.faults().get(0);
    assertThat(f.lostWrites()).isPositive();
    // Nothing answers from the crash until the instance is back: the error rate of every
    // time-series bucket inside the outage is 1.
    var t = crash.timeSeries();
    for (int i = 0; i < t.seconds().size(); i++) {
      double end = t.seconds().get(i);
      if (end > 5 * 60 + 20 && end <= 8 * 60) {
        assertThat(t.endToEnd().get("errorRate").get(i))
            .as("error rate at %s s", end)
            .isGreaterThan(0.99);
      }
    }
    assertThat(f.recoverySeconds()).isCloseTo(180, within(15.0));

    SimulationResult next =
        run(
            Presets.design(Phase.MVP),
            Phase.MVP.nextUsers(),
            Duration.ofMinutes(1),
            Duration.ofMinutes(4));
    var box = next.components().get("box");
    assertThat(box.utilization()).isGreaterThan(0.97);
    // The app and its database share the box's CPU: their shares add up to the box's.
    double shares =
        next.components().get("service-a").utilization()
            + next.components().get("service-b").utilization()
            + next.components().get("db").utilization();
    assertThat(next.components().get("db").utilization()).isGreaterThan(0.15);
    assertThat(shares).isLessThanOrEqualTo(box.utilization() + 1e-9);
    assertThat(next.endToEnd().errorRate()).isPositive();
  }

  @Test
  void phase1SurvivesACrashAndAZoneOutageAndScalesAAndBTogether() throws Exception {
    Design d =
        Presets.design(Phase.HIGH_AVAILABILITY)
            .withFaults(
                List.of(
                    new Fault.InstanceCrash("web", Duration.ofMinutes(3), Optional.empty()),
                    new Fault.AzOutage(
                        new AvailabilityZone("ap-south-1a"),
                        Duration.ofMinutes(8),
                        Duration.ofMinutes(4))));
    SimulationResult r =
        run(d, Phase.HIGH_AVAILABILITY.users(), Duration.ofMinutes(1), Duration.ofMinutes(15));
    // Errors only while the ALB notices the crashed instance (2 checks of 30 s) and while RDS
    // fails over to its standby (90 s); between and after, none.
    FaultResult crash = r.faults().get(0);
    FaultResult zone = r.faults().get(1);
    assertThat(crash.recoverySeconds()).isLessThanOrEqualTo(70);
    assertThat(zone.recoverySeconds()).isBetween(80.0, 110.0);
    var t = r.timeSeries();
    for (int i = 0; i < t.seconds().size(); i++) {
      double end = t.seconds().get(i);
      boolean quiet = (end > 4.5 * 60 && end <= 8 * 60) || end > 10 * 60;
      if (quiet) {
        assertThat(t.endToEnd().get("errorRate").get(i)).as("error rate at %s s", end).isZero();
      }
    }
    SimulationResult high =
        run(
            Presets.design(Phase.HIGH_AVAILABILITY),
            Phase.HIGH_AVAILABILITY.nextUsers(),
            Duration.ofMinutes(4),
            Duration.ofMinutes(6));
    var web = high.components().get("web");
    assertThat(web.instances().orElseThrow().max()).isGreaterThan(2);
    // A and B run on the same instances: the group that grew for A's load carries B too.
    assertThat(high.components().get("service-a").instances().orElseThrow().mean())
        .isCloseTo(web.instances().orElseThrow().mean(), within(1e-9));
    assertThat(high.components().get("service-b").instances().orElseThrow().mean())
        .isCloseTo(web.instances().orElseThrow().mean(), within(1e-9));
  }

  @Test
  void phase2ScalesServicesApartThenTheDatabaseSaturatesAndFarUsersPayTheOcean() throws Exception {
    Design d = Presets.design(Phase.MICROSERVICES);
    SimulationResult own =
        run(d, Phase.MICROSERVICES.users(), Duration.ofMinutes(2), Duration.ofMinutes(5));
    double a = own.components().get("service-a").instances().orElseThrow().mean();
    double b = own.components().get("service-b").instances().orElseThrow().mean();
    assertThat(b).isLessThan(a / 2);

    // Far users: the same path plus a round trip between us-east-1 and ap-south-1.
    Latencies net = Latencies.of(d.regions(), d.network());
    double rttMs =
        2
            * net.betweenRegions(
                d.regions().indexOf(new Region("us-east-1")),
                d.regions().indexOf(new Region("ap-south-1")))
            / 1e6;
    double far = own.endToEnd().byOrigin().get("users-na").mean();
    double near = own.endToEnd().byOrigin().get("users-india").mean();
    assertThat(far - near).isCloseTo(rttMs, within(0.05 * rttMs));

    SimulationResult next =
        run(d, Phase.MICROSERVICES.nextUsers(), Duration.ofMinutes(4), Duration.ofMinutes(6));
    var first = new JourneyResult.Run(Phase.MICROSERVICES.nextUsers(), next).firstBottleneck();
    assertThat(first).isPresent();
    assertThat(first.get().component()).isEqualTo("db");
  }

  @Test
  void phase3CachesMostReadsCoolsTheDatabaseAndCutsP99ButALostRegionLosesEveryone()
      throws Exception {
    long users = Phase.PERFORMANCE.users();
    SimulationResult p2 =
        run(
            Presets.design(Phase.MICROSERVICES),
            users,
            Duration.ofMinutes(4),
            Duration.ofMinutes(6));
    SimulationResult p3 =
        run(Presets.design(Phase.PERFORMANCE), users, Duration.ofMinutes(4), Duration.ofMinutes(6));
    assertThat(p3.components().get("cache").hitRate().orElseThrow()).isGreaterThan(0.6);
    assertThat(p3.components().get("db").utilization())
        .isLessThan(p2.components().get("db").utilization() / 3);
    assertThat(p3.endToEnd().latencyMs().p99()).isLessThan(p2.endToEnd().latencyMs().p99());

    Design outage =
        Presets.design(Phase.PERFORMANCE)
            .withFaults(
                List.of(
                    new Fault.RegionOutage(
                        new Region("ap-south-1"), Duration.ofMinutes(3), Duration.ofMinutes(3))));
    SimulationResult r = run(outage, 100_000, Duration.ofMinutes(1), Duration.ofMinutes(8));
    // Every request that reaches the region fails while it is down; only CloudFront's cached
    // answers still arrive.
    double edge = p3.components().get("cdn").hitRate().orElseThrow() * 0.4;
    var t = r.timeSeries();
    for (int i = 0; i < t.seconds().size(); i++) {
      double end = t.seconds().get(i);
      if (end > 3 * 60 + 10 && end <= 6 * 60) {
        assertThat(t.endToEnd().get("errorRate").get(i)).isGreaterThan(1 - edge - 0.05);
      }
    }
  }

  @Test
  void phase4LosesOnlyTheFailoverWindowOfALostRegion() throws Exception {
    Design d =
        Presets.design(Phase.GLOBAL)
            .withFaults(
                List.of(
                    new Fault.RegionOutage(
                        new Region("us-east-1"), Duration.ofMinutes(20), Duration.ofMinutes(10))));
    // An hour measured; fewer users than the phase's ten million keep the test quick, and the
    // availability lost depends on the share of traffic, not on its size.
    SimulationResult r = run(d, 200_000, Duration.ofMinutes(1), Duration.ofMinutes(61));
    FaultResult f = r.faults().get(0);
    double share = Presets.ORIGIN_SHARES.get("users-na") + Presets.ORIGIN_SHARES.get("users-eu");
    double expected = 1 - share * f.recoverySeconds() / 3600;
    assertThat(f.recoverySeconds()).isBetween(20.0, 180.0);
    assertThat(r.endToEnd().availability()).isCloseTo(expected, within(0.01));
    assertThat(r.components().get("db").replicaLagMs()).isPresent();

    var cost = CostModel.estimate(d, r, PriceCatalogue.snapshot(), PurchaseOption.ON_DEMAND);
    assertThat(cost.components().get("db").lines())
        .anyMatch(
            l ->
                l.item().startsWith("inter-region transfer ap-south-1 → us-east-1")
                    && l.monthlyUsd() > 0);
  }
}
