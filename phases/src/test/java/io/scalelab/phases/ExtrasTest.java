package io.scalelab.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.Design;
import io.scalelab.model.Designs;
import io.scalelab.model.component.ApiGateway;
import io.scalelab.model.component.Dns;
import io.scalelab.model.component.UserOrigin;
import io.scalelab.model.region.Region;
import io.scalelab.model.workload.Workload;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.network.Latencies;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.ComponentResult;
import io.scalelab.simulation.result.SimulationResult;
import io.scalelab.simulation.result.TimeSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

/** The optional presets' stories, driven by simulating their designs. */
class ExtrasTest {

  private static SimulationResult run(Design design, Duration warmup, Duration length)
      throws Exception {
    return Simulator.run(
        design,
        SimulationOptions.defaults()
            .withDuration(length, warmup)
            .withSeed(3)
            .withReplications(1, 1)
            .withResolution(Duration.ofSeconds(10)));
  }

  @Test
  void everyExtraIsValidRunsTheSharedWorkloadAndIsCopiedToExamples() throws Exception {
    assertThat(Presets.extras()).containsExactly(Extra.SERVERLESS, Extra.DISASTER_RECOVERY);
    for (Extra e : Presets.extras()) {
      Design d = Presets.design(e);
      assertThat(Designs.check(d)).as(e.fileName()).isEmpty();
      assertThat(d.description()).as(e.fileName()).isNotBlank();
      Workload shared = Presets.workload(e.users());
      assertThat(d.workload().withUsers(shared.users()))
          .as(e.fileName() + ": the journey's workload, spikes aside")
          .isEqualTo(
              new Workload(
                  shared.users(),
                  shared.onlineShareAtPeak(),
                  shared.requestsPerUserPerSecond(),
                  shared.readShare(),
                  shared.keys(),
                  shared.payload(),
                  shared.dailyCurve(),
                  d.workload().spikes()));
      assertThat(d.workload().users()).isEqualTo(e.users());
      assertThat(Files.readString(Path.of("../examples", e.fileName())))
          .as("examples/" + e.fileName() + " is the shipped preset")
          .isEqualTo(Presets.text(e));
      Presets.ORIGIN_SHARES.forEach(
          (origin, share) ->
              assertThat(((UserOrigin) d.component(origin).orElseThrow()).share())
                  .as(e + " " + origin)
                  .hasValue(share));
      assertThat(Extra.byId(e.id())).contains(e);
    }
    assertThat(Extra.byId("sharded-database")).isEmpty();
    assertThat(Presets.design(Extra.SERVERLESS).workload().spikes())
        .containsExactly(new Workload.Spike(Duration.ofMinutes(3), Duration.ofMinutes(3), 3));
  }

  @Test
  void serverlessThrottlesTheSpikeAtTheGatewayAndDeadLettersOrdersLambdaThrottled()
      throws Exception {
    Design d = Presets.design(Extra.SERVERLESS);
    SimulationResult r = run(d, Duration.ofMinutes(1), Duration.ofMinutes(8));

    // A token bucket of rate r and depth b fed λ > r for T seconds refuses (λ − r)·T − b.
    ApiGateway gw = (ApiGateway) d.component("api-gateway").orElseThrow();
    Workload.Spike spike = d.workload().spikes().get(0);
    double lambda = d.workload().peakRequestsPerSecond() * spike.multiplier();
    double expected =
        (lambda - gw.throttleRate().perSecond()) * spike.duration().toSeconds()
            - gw.throttleBurst();
    ComponentResult gateway = r.components().get("api-gateway");
    assertThat((double) gateway.errorsByCause().get("throttled"))
        .isCloseTo(expected, within(0.03 * expected));
    // Before the spike nothing is refused.
    forBuckets(
        r.timeSeries(),
        end -> end > 70 && end <= 180,
        i -> assertThat(r.timeSeries().endToEnd().get("errorRate").get(i)).isZero());

    // The spike's orders outrun the fulfilment function's 25 reserved environments: Lambda
    // throttles the poller's extra deliveries, which come back and, the third time, are
    // dead-lettered.
    assertThat(r.components().get("fulfilment").errorsByCause().get("throttled")).isPositive();
    ComponentResult.Messages m = r.components().get("orders-queue").messages().orElseThrow();
    assertThat(m.redelivered()).isPositive();
    assertThat(m.deadLettered()).isPositive();
    assertThat(m.deadLettered()).isLessThan(m.redelivered());

    // The fix the narrative names: the event source's maximum concurrency at the reserved
    // concurrency. Messages then wait in the queue instead, and none is lost.
    Design fixed =
        Designs.parse(
            Presets.text(Extra.SERVERLESS)
                .replace(
                    "{from: orders-queue, to: fulfilment, mode: async, concurrency: 100}",
                    "{from: orders-queue, to: fulfilment, mode: async, concurrency: 25}"),
            "fixed.yaml",
            false);
    assertThat(fixed).isNotEqualTo(d);
    SimulationResult f = run(fixed, Duration.ofMinutes(1), Duration.ofMinutes(8));
    ComponentResult.Messages fm = f.components().get("orders-queue").messages().orElseThrow();
    assertThat(fm.deadLettered()).isZero();
    assertThat(f.components().get("fulfilment").errorsByCause().getOrDefault("throttled", 0L))
        .isZero();
    assertThat(fm.consumed()).isGreaterThan(m.consumed());
  }

  @Test
  void disasterRecoveryLosesOnlyTheFailoverWindowThenTheStandbyServesForLessThanPhase4()
      throws Exception {
    Design d = Presets.design(Extra.DISASTER_RECOVERY);
    // The outage starts between two health checks, so the checks' timing is known exactly.
    Duration at = Duration.ofSeconds(125);
    Duration outage = Duration.ofMinutes(4);
    Duration warmup = Duration.ofMinutes(1);
    Duration length = Duration.ofMinutes(9);
    SimulationResult r =
        run(d.withFaults(Extra.DISASTER_RECOVERY.faults(at, outage)), warmup, length);

    // Route 53 checks every interval from the start; the record is unhealthy at the
    // threshold-th failed check after the outage begins. Then resolvers' cached answers expire
    // uniformly over the TTL, so on average half a TTL more of the traffic still reaches the dead
    // region. Everything else is served: availability = 1 − window / measured time.
    Dns dns = (Dns) d.component("dns").orElseThrow();
    double interval = dns.healthCheck().interval().toSeconds();
    double firstCheck = Math.ceil(at.toSeconds() / interval) * interval;
    double unhealthy = firstCheck + (dns.healthCheck().failureThreshold() - 1) * interval;
    double ttl = dns.ttl().toSeconds();
    double window = unhealthy - at.toSeconds() + ttl / 2;
    double measured = length.minus(warmup).toSeconds();
    // 2 s of window: the Bernoulli noise of ~70,000 failed requests among 600,000 is well below.
    assertThat(r.endToEnd().availability()).isCloseTo(1 - window / measured, within(2 / measured));
    assertThat(r.endToEnd().errors()).containsOnlyKeys("unavailable");

    // Once the TTL has run out and until Mumbai returns, the standby carries all the load without
    // errors, hotter than the primary was, and its users (most of them in India) an ocean away.
    TimeSeries t = r.timeSeries();
    double total = d.workload().peakRequestsPerSecond();
    double primaryBefore = mean(t, "service-a-mumbai", "utilization", e -> e > 70 && e <= 120);
    double p50Before = meanEndToEnd(t, "p50Ms", e -> e > 70 && e <= 120);
    DoublePredicate onStandby = e -> e > unhealthy + ttl + 10 && e <= at.plus(outage).toSeconds();
    forBuckets(
        t,
        onStandby,
        i -> {
          assertThat(t.endToEnd().get("errorRate").get(i)).isZero();
          assertThat(t.components().get("ingress-virginia").get("throughputPerSecond").get(i))
              .isCloseTo(total, within(0.1 * total));
        });
    double standbyPeak =
        max(t, "service-a-virginia", "utilization", e -> e > unhealthy && e <= unhealthy + 120);
    assertThat(standbyPeak).isGreaterThan(primaryBefore + 0.15);
    Latencies net = Latencies.of(d.regions(), d.network());
    double rttMs =
        2
            * net.betweenRegions(
                d.regions().indexOf(new Region("ap-south-1")),
                d.regions().indexOf(new Region("us-east-1")))
            / 1e6;
    assertThat(meanEndToEnd(t, "p50Ms", onStandby)).isGreaterThan(p50Before + rttMs / 2);
    // After the outage Route 53 sends everyone back to Mumbai.
    forBuckets(
        t,
        e -> e > at.plus(outage).toSeconds() + ttl + 10,
        i ->
            assertThat(t.components().get("ingress-virginia").get("throughputPerSecond").get(i))
                .isZero());

    // The bill, both at the same users and without faults: a warm standby costs less than
    // phase 4's second full region.
    Design global = Presets.design(Phase.GLOBAL);
    Design sameUsers =
        global.withWorkload(global.workload().withUsers(Extra.DISASTER_RECOVERY.users()));
    double dr = monthly(d, run(d, warmup, Duration.ofMinutes(3)));
    double p4 = monthly(sameUsers, run(sameUsers, warmup, Duration.ofMinutes(3)));
    assertThat(dr).isLessThan(p4);
  }

  private static double monthly(Design d, SimulationResult r) throws Exception {
    return CostModel.estimate(d, r, PriceCatalogue.snapshot(), PurchaseOption.ON_DEMAND)
        .monthlyUsd();
  }

  private interface Bucket {
    void check(int index);
  }

  private static void forBuckets(TimeSeries t, DoublePredicate end, Bucket check) {
    int seen = 0;
    for (int i = 0; i < t.seconds().size(); i++) {
      if (end.test(t.seconds().get(i))) {
        check.check(i);
        seen++;
      }
    }
    assertThat(seen).as("buckets checked").isPositive();
  }

  private static List<Double> pick(List<Double> values, TimeSeries t, DoublePredicate end) {
    return java.util.stream.IntStream.range(0, t.seconds().size())
        .filter(i -> end.test(t.seconds().get(i)))
        .mapToObj(values::get)
        .toList();
  }

  private static double mean(TimeSeries t, String id, String column, DoublePredicate end) {
    return pick(t.components().get(id).get(column), t, end).stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .orElseThrow();
  }

  private static double max(TimeSeries t, String id, String column, DoublePredicate end) {
    return pick(t.components().get(id).get(column), t, end).stream()
        .mapToDouble(Double::doubleValue)
        .max()
        .orElseThrow();
  }

  private static double meanEndToEnd(TimeSeries t, String column, DoublePredicate end) {
    return pick(t.endToEnd().get(column), t, end).stream()
        .mapToDouble(Double::doubleValue)
        .average()
        .orElseThrow();
  }
}
