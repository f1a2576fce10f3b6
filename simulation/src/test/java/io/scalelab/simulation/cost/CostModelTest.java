package io.scalelab.simulation.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.scalelab.model.Design;
import io.scalelab.model.DesignException;
import io.scalelab.model.Designs;
import io.scalelab.simulation.SimulationException;
import io.scalelab.simulation.SimulationOptions;
import io.scalelab.simulation.Simulator;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceEntry;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.CostLine;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.SimulationResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cost against hand computations from the shipped catalogue's entries. */
class CostModelTest {

  private static final PriceCatalogue PRICES = PriceCatalogue.snapshot();

  private static final SimulationOptions SHORT =
      SimulationOptions.defaults()
          .withDuration(Duration.ofMinutes(2), Duration.ofSeconds(20))
          .withReplications(2, 2)
          .withResolution(Duration.ofSeconds(5));

  /** Phase 1 in small: an ALB in two zones, two fixed EC2 groups, a Multi-AZ PostgreSQL. */
  private static final String PHASE_1 =
      """
      scalelab: 1
      name: phase-1-like
      regions: [ap-south-1]
      workload: {users: 2000, onlineShareAtPeak: 0.5, requestsPerUserPerSecond: 0.1}
      components:
        - {id: users, type: users, region: ap-south-1}
        - {id: alb, type: load-balancer, region: ap-south-1, zones: [ap-south-1a, ap-south-1b]}
        - id: a
          type: service
          platform: ec2
          region: ap-south-1
          zones: [ap-south-1a, ap-south-1b]
          instanceType: m5.large
          instances: 2
          concurrencyPerInstance: 8
          serviceTime: {distribution: exponential, mean: 20ms}
        - id: b
          type: service
          platform: ec2
          region: ap-south-1
          zones: [ap-south-1a, ap-south-1b]
          instanceType: t3.medium
          instances: 2
          concurrencyPerInstance: 8
          serviceTime: {distribution: exponential, mean: 20ms}
        - id: db
          type: database
          region: ap-south-1
          zones: [ap-south-1a, ap-south-1b]
          engine: postgres
          instanceClass: db.r6g.large
          multiAz: true
          storage: 100GiB
      connections:
        - {from: users, to: alb}
        - {from: alb, to: a, share: 0.8}
        - {from: alb, to: b, share: 0.2}
        - {from: a, to: db}
        - {from: b, to: db}
      """;

  @Test
  void fixedMonthlyCostOfAPhaseOneDesignIsTheHandComputation() throws Exception {
    CostReport cost = price(PHASE_1, SHORT);
    String r = "ap-south-1";
    double m5 = usd("AmazonEC2", "Compute Instance", r, ec2("m5.large"));
    double t3 = usd("AmazonEC2", "Compute Instance", r, ec2("t3.medium"));
    double gp3 = usd("AmazonEC2", "Storage", r, Map.of("volumeApiName", "gp3"));
    double alb = usd("AWSELB", "Load Balancer-Application", r, Map.of("group", "ELB:Balancer"));
    double nat = usd("AmazonEC2", "NAT Gateway", r, Map.of("group", "NGW:NatGateway"));
    double db =
        usd(
            "AmazonRDS",
            "Database Instance",
            r,
            Map.of(
                "instanceType", "db.r6g.large",
                "databaseEngine", "PostgreSQL",
                "deploymentOption", "Multi-AZ"));
    double storage =
        usd(
            "AmazonRDS",
            "Database Storage",
            r,
            Map.of("volumeType", "General Purpose-GP3", "deploymentOption", "Multi-AZ"));

    // 730 hours: 2 m5.large + 2 t3.medium, each with an 8 GiB gp3 root volume; one ALB;
    // one NAT gateway per zone the services use (2); a Multi-AZ db.r6g.large with 100 GiB.
    double hand =
        2 * 730 * m5
            + 2 * 730 * t3
            + 4 * 8 * gp3
            + 730 * alb
            + 2 * 730 * nat
            + 730 * db
            + 100 * storage;

    double fixed =
        cost.components().values().stream()
            .flatMap(c -> c.lines().stream())
            .filter(l -> !l.item().contains("capacity units"))
            .filter(l -> !l.kind().fileName().equals("data-transfer"))
            .mapToDouble(CostLine::monthlyUsd)
            .sum();
    assertThat(fixed).isCloseTo(hand, within(0.005));
    assertThat(cost.unpriced()).isEmpty();
    assertThat(cost.catalogueDate()).isEqualTo(PRICES.date().toString());
    assertThat(cost.components().get("a").byKind().get("compute"))
        .isCloseTo(2 * 730 * m5, within(1e-6));
  }

  @Test
  void totalsAddUpAcrossComponentsAndKinds() throws Exception {
    CostReport cost = price(PHASE_1, SHORT);
    double components = cost.byComponent().values().stream().mapToDouble(Double::doubleValue).sum();
    double kinds = cost.byKind().values().stream().mapToDouble(Double::doubleValue).sum();
    double hours = cost.hourlyUsd().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(components).isCloseTo(cost.monthlyUsd(), within(1e-6));
    assertThat(kinds).isCloseTo(cost.monthlyUsd(), within(1e-6));
    assertThat(hours * 730 / 24).isCloseTo(cost.monthlyUsd(), within(1e-6));
    assertThat(cost.perMonthlyUserUsd()).isCloseTo(cost.monthlyUsd() / 2000, within(1e-9));
  }

  private static final String AUTOSCALED =
      """
      scalelab: 1
      name: autoscaled
      regions: [us-east-1]
      workload: {users: %d, requestsPerUserPerSecond: 0.1}
      components:
        - {id: users, type: users, region: us-east-1}
        - id: api
          type: service
          platform: ec2
          region: us-east-1
          instanceType: c6i.large
          autoscaling: {min: 1, max: 40, metric: request-rate, target: 50, warmup: 30s, cooldown: 30s}
          concurrencyPerInstance: 4
          serviceTime: {distribution: exponential, mean: 20ms}
      connections:
        - {from: users, to: api}
      """;

  @Test
  void doublingUsersRaisesInstanceHoursAsTheTimeSeriesSays() throws Exception {
    SimulationOptions options =
        SimulationOptions.defaults()
            .withDuration(Duration.ofMinutes(10), Duration.ofMinutes(3))
            .withReplications(2, 2)
            .withResolution(Duration.ofSeconds(5));
    double[] hours = new double[2];
    for (int k = 0; k < 2; k++) {
      Design design = parse(AUTOSCALED.formatted(2000 * (k + 1)));
      SimulationResult result = Simulator.run(design, options);
      CostReport cost = CostModel.estimate(design, result, PRICES, PurchaseOption.ON_DEMAND);
      // The instances the time series shows after the warm-up, averaged: on a flat day every hour
      // of the month runs that many.
      List<Double> t = result.timeSeries().seconds();
      List<Double> n = result.timeSeries().components().get("api").get("instances");
      double sum = 0;
      int points = 0;
      for (int i = 0; i < t.size(); i++) {
        if (t.get(i) > result.warmupSeconds()) {
          sum += n.get(i);
          points++;
        }
      }
      double expected = sum / points * 730;
      hours[k] = line(cost, "api", "instance-hours").monthlyQuantity();
      assertThat(hours[k]).isCloseTo(expected, within(expected * 0.03));
    }
    // 200 then 400 requests/s at 50 per instance: about 4 then 8 instances.
    assertThat(hours[0] / 730).isBetween(3.5, 5.5);
    assertThat(hours[1] / hours[0]).isBetween(1.7, 2.3);
  }

  @Test
  void crossRegionReplicationBytesAreBilledAsInterRegionTransfer() throws Exception {
    String yaml =
        """
        scalelab: 1
        name: replicated
        regions: [ap-south-1, us-east-1]
        workload: {users: 1000, requestsPerUserPerSecond: 0.2, readShare: 0.5}
        components:
          - {id: users, type: users, region: ap-south-1}
          - id: api
            type: service
            platform: ec2
            region: ap-south-1
            instances: 2
            concurrencyPerInstance: 16
            serviceTime: {distribution: exponential, mean: 5ms}
          - id: db
            type: database
            region: ap-south-1
            engine: postgres
            instanceClass: db.r6g.large
            readReplicas: [{region: us-east-1}]
            readsFrom: primary
        connections:
          - {from: users, to: api}
          - {from: api, to: db}
        """;
    CostReport cost = price(yaml, SHORT);
    // 200 requests/s, half of them writes; each write ships its 1 KiB payload to us-east-1.
    double bytesPerSecond = 200 * 0.5 * 1024;
    double gbPerMonth = bytesPerSecond * 730 * 3600 / 1e9;
    double price =
        usd(
            "AWSDataTransfer",
            "Data Transfer",
            "ap-south-1",
            Map.of("transferType", "InterRegion Outbound"));
    CostLine transfer = line(cost, "db", "inter-region transfer ap-south-1 → us-east-1");
    assertThat(transfer.monthlyQuantity()).isCloseTo(gbPerMonth, within(gbPerMonth * 0.05));
    assertThat(transfer.monthlyUsd()).isCloseTo(transfer.monthlyQuantity() * price, within(1e-9));
    assertThat(transfer.unit()).isEqualTo("GB");
  }

  @Test
  void aDailyCurveSpreadsTrafficCostOverTheDayAndScalesTheMonth() throws Exception {
    List<Double> curve = new java.util.ArrayList<>(java.util.Collections.nCopies(24, 0.5));
    curve.set(20, 1.0);
    String flat = AUTOSCALED.formatted(2000);
    String curved =
        flat.replace(
            "requestsPerUserPerSecond: 0.1}",
            "requestsPerUserPerSecond: 0.1, dailyCurve: " + curve + "}");
    CostReport a = price(flat, SHORT);
    CostReport b = price(curved, SHORT);
    // The window is the peak hour in both; the curved day averages (23 × 0.5 + 1) / 24 of it
    // (linear between hours: hours 19 and 20 average 0.75).
    double share = (22 * 0.5 + 2 * 0.75) / 24;
    assertThat(b.monthlyRequests() / a.monthlyRequests()).isCloseTo(share, within(0.03));
    assertThat(b.hourlyUsd().get(20)).isGreaterThan(b.hourlyUsd().get(3));
  }

  @Test
  void aPurchaseOptionDiscountsWhatItCoversAndSaysWhatItDoesNot() throws Exception {
    Design design = parse(PHASE_1);
    SimulationResult result = Simulator.run(design, SHORT);
    CostReport onDemand = CostModel.estimate(design, result, PRICES, PurchaseOption.ON_DEMAND);
    CostReport spot = CostModel.estimate(design, result, PRICES, PurchaseOption.SPOT);
    double factor =
        PRICES.discount(PurchaseOption.SPOT).orElseThrow().factor("AmazonEC2").orElseThrow();
    assertThat(line(spot, "a", "instance-hours").monthlyUsd())
        .isCloseTo(line(onDemand, "a", "instance-hours").monthlyUsd() * factor, within(1e-9));
    assertThat(spot.byComponent().get("db"))
        .isCloseTo(onDemand.byComponent().get("db"), within(1e-9));
    assertThat(spot.assumptions()).anyMatch(s -> s.contains("does not cover AmazonRDS"));
    assertThat(spot.purchaseLabel()).contains("estimate");
  }

  @Test
  void anInstanceTypeTheCatalogueLacksIsReportedNotGuessed() throws Exception {
    CostReport cost = price(PHASE_1.replace("t3.medium", "x9z.large"), SHORT);
    assertThat(cost.unpriced())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.component()).isEqualTo("b");
              assertThat(u.reason())
                  .contains("x9z.large")
                  .contains("ap-south-1")
                  .contains(PRICES.date().toString());
            });
    assertThat(cost.assumptions()).anyMatch(s -> s.contains("left out of the totals"));
  }

  // --- helpers --------------------------------------------------------------------------------

  private static CostReport price(String yaml, SimulationOptions options)
      throws SimulationException, PriceException {
    Design design = parse(yaml);
    return CostModel.estimate(
        design, Simulator.run(design, options), PRICES, PurchaseOption.ON_DEMAND);
  }

  private static CostLine line(CostReport cost, String component, String item) {
    return cost.components().get(component).lines().stream()
        .filter(l -> l.item().contains(item))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no line " + item + " in " + cost.components().get(component)));
  }

  private static Map<String, String> ec2(String type) {
    return Map.of(
        "instanceType", type,
        "operatingSystem", "Linux",
        "tenancy", "Shared",
        "preInstalledSw", "NA",
        "capacitystatus", "Used");
  }

  private static double usd(String service, String family, String region, Map<String, String> a) {
    PriceEntry e = PRICES.find(service, family, region, a).orElseThrow();
    assertThat(e.tiered()).isFalse();
    return e.usd();
  }

  private static Design parse(String yaml) {
    try {
      return Designs.parse(yaml, "test.yaml", false);
    } catch (DesignException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
