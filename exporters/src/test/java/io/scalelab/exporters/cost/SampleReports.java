package io.scalelab.exporters.cost;

import io.scalelab.simulation.result.ComponentCost;
import io.scalelab.simulation.result.CostKind;
import io.scalelab.simulation.result.CostLine;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.Unpriced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cost reports built by hand, with figures in the range of the five phases at their loads (AWS
 * us-east-1 on-demand list prices), so tests and the sample page do not need a simulation.
 */
final class SampleReports {

  static final String CATALOGUE_DATE = "2025-06-01";
  static final String AWKWARD_NAME = "Phase <1> & \"HA\", 'quoted'";

  private final Map<String, ComponentCost> components = new LinkedHashMap<>();
  private final List<Unpriced> unpriced = new ArrayList<>();

  private SampleReports() {}

  /** Two designs: one with an awkward name and an unpriced charge, one plain. */
  static List<CostReport> two() {
    return List.of(phase1(AWKWARD_NAME), phase3());
  }

  /** The five phases of the journey, as a teacher would compare them. */
  static List<CostReport> journey() {
    return List.of(phase0(), phase1("Phase 1 · High availability"), phase2(), phase3(), phase4());
  }

  static CostReport phase0() {
    return new SampleReports()
        .component(
            "app-server",
            "compute-service",
            line(CostKind.COMPUTE, "EC2 t3.large instance-hours", 730, "Hrs", 60.74, 0.0832),
            line(CostKind.STORAGE, "EBS gp3 root volume", 30, "GB-Mo", 2.40, 0.08),
            line(
                CostKind.DATA_TRANSFER,
                "Data transfer out to the internet",
                38.5,
                "GB",
                3.47,
                0.09))
        .component("users", "user-origin")
        .report("Phase 0 · MVP", 100, 2.6e6, 0.75);
  }

  static CostReport phase1(String name) {
    return new SampleReports()
        .component(
            "alb",
            "load-balancer",
            line(CostKind.NETWORKING, "ALB hours", 730, "Hrs", 16.43, 0.0225),
            line(CostKind.NETWORKING, "ALB capacity units", 312.4, "LCU-Hrs", 2.50, 0.008))
        .component(
            "web-asg",
            "compute-service",
            line(CostKind.COMPUTE, "EC2 m5.large instance-hours", 2044, "Hrs", 196.22, 0.096),
            line(CostKind.STORAGE, "EBS gp3 root volumes", 22.4, "GB-Mo", 1.79, 0.08))
        .component(
            "orders-db",
            "relational-database",
            line(CostKind.COMPUTE, "RDS db.m5.large Multi-AZ hours", 730, "Hrs", 249.66, 0.342),
            line(CostKind.STORAGE, "RDS gp3 storage, Multi-AZ", 100, "GB-Mo", 23.00, 0.23),
            line(CostKind.DATA_TRANSFER, "Cross-zone replication", 410, "GB", 8.20, 0.02))
        .component(
            "edge",
            "user-origin",
            line(
                CostKind.DATA_TRANSFER,
                "Data transfer out to the internet",
                1250,
                "GB",
                112.50,
                0.09),
            line(CostKind.REQUESTS, "Route 53 queries", 9.5e6, "Queries", 3.80, 4e-7))
        .unpriced(
            "orders-db",
            "RDS backup storage beyond the free allowance",
            "no product 'RDS backup' in the catalogue")
        .report(name, 8_000, 6.3e7, 0.6);
  }

  static CostReport phase2() {
    return new SampleReports()
        .component(
            "ingress",
            "load-balancer",
            line(CostKind.NETWORKING, "NLB hours", 730, "Hrs", 16.43, 0.0225),
            line(CostKind.NETWORKING, "NLB capacity units", 2920, "NLCU-Hrs", 17.52, 0.006))
        .component(
            "eks",
            "compute-service",
            line(CostKind.COMPUTE, "EKS cluster hours", 730, "Hrs", 73.00, 0.10),
            line(CostKind.COMPUTE, "EC2 m5.xlarge node-hours", 4380, "Hrs", 840.96, 0.192),
            line(CostKind.STORAGE, "EBS gp3 root volumes", 48, "GB-Mo", 3.84, 0.08))
        .component(
            "orders-db",
            "relational-database",
            line(CostKind.COMPUTE, "RDS db.r6g.xlarge Multi-AZ hours", 730, "Hrs", 657.00, 0.90),
            line(CostKind.STORAGE, "RDS gp3 storage, Multi-AZ", 400, "GB-Mo", 92.00, 0.23),
            line(CostKind.DATA_TRANSFER, "Cross-zone replication", 2100, "GB", 42.00, 0.02))
        .component(
            "nat",
            "nat-gateway",
            line(CostKind.NETWORKING, "NAT gateway hours", 2190, "Hrs", 98.55, 0.045),
            line(CostKind.DATA_TRANSFER, "NAT processed bytes", 800, "GB", 36.00, 0.045))
        .component(
            "edge",
            "user-origin",
            line(
                CostKind.DATA_TRANSFER,
                "Data transfer out to the internet",
                14_500,
                "GB",
                1_205.00,
                0.085),
            line(CostKind.REQUESTS, "Route 53 queries", 1.1e8, "Queries", 44.00, 4e-7))
        .report("Phase 2 · Microservices", 80_000, 6.6e8, 0.5);
  }

  static CostReport phase3() {
    return new SampleReports()
        .component(
            "cdn",
            "cdn",
            line(
                CostKind.DATA_TRANSFER, "CloudFront bytes to users", 52_000, "GB", 3_915.00, 0.085),
            line(CostKind.REQUESTS, "CloudFront HTTPS requests", 2.9e9, "Requests", 2_900.00, 1e-6))
        .component(
            "ingress",
            "load-balancer",
            line(CostKind.NETWORKING, "NLB hours", 730, "Hrs", 16.43, 0.0225),
            line(CostKind.NETWORKING, "NLB capacity units", 5840, "NLCU-Hrs", 35.04, 0.006))
        .component(
            "eks",
            "compute-service",
            line(CostKind.COMPUTE, "EKS cluster hours", 730, "Hrs", 73.00, 0.10),
            line(CostKind.COMPUTE, "EC2 m5.xlarge node-hours", 8760, "Hrs", 1_681.92, 0.192),
            line(CostKind.STORAGE, "EBS gp3 root volumes", 96, "GB-Mo", 7.68, 0.08))
        .component(
            "cache",
            "cache",
            line(
                CostKind.COMPUTE,
                "ElastiCache cache.r6g.large node-hours",
                2920,
                "Hrs",
                598.60,
                0.205),
            line(CostKind.DATA_TRANSFER, "Cross-zone cache traffic", 3400, "GB", 68.00, 0.02))
        .component(
            "orders-db",
            "relational-database",
            line(CostKind.COMPUTE, "RDS db.r6g.xlarge Multi-AZ hours", 730, "Hrs", 657.00, 0.90),
            line(
                CostKind.COMPUTE,
                "RDS db.r6g.large read replica hours",
                1460,
                "Hrs",
                328.50,
                0.225),
            line(CostKind.STORAGE, "RDS gp3 storage", 1200, "GB-Mo", 276.00, 0.23),
            line(CostKind.REQUESTS, "Tiny metric API calls", 4200, "Requests", 0.0042, 1e-6))
        .component("users", "user-origin")
        .report("Phase 3 · Performance", 400_000, 3.1e9, 0.45);
  }

  static CostReport phase4() {
    var s = new SampleReports();
    for (String region : List.of("us-east-1", "eu-west-1")) {
      s.component(
              "cdn-" + region,
              "cdn",
              line(
                  CostKind.DATA_TRANSFER,
                  "CloudFront bytes to users",
                  260_000,
                  "GB",
                  13_260.00,
                  0.051),
              line(
                  CostKind.REQUESTS,
                  "CloudFront HTTPS requests",
                  1.4e10,
                  "Requests",
                  14_000.00,
                  1e-6))
          .component(
              "eks-" + region,
              "compute-service",
              line(CostKind.COMPUTE, "EKS cluster hours", 730, "Hrs", 73.00, 0.10),
              line(CostKind.COMPUTE, "EC2 m5.2xlarge node-hours", 14_600, "Hrs", 5_606.40, 0.384))
          .component(
              "db-" + region,
              "relational-database",
              line(
                  CostKind.COMPUTE,
                  "RDS db.r6g.2xlarge Multi-AZ hours",
                  730,
                  "Hrs",
                  1_314.00,
                  1.80),
              line(CostKind.STORAGE, "RDS gp3 storage", 3000, "GB-Mo", 690.00, 0.23),
              line(CostKind.DATA_TRANSFER, "Cross-region replication", 9000, "GB", 180.00, 0.02));
    }
    return s.component(
            "route53",
            "dns",
            line(CostKind.NETWORKING, "Health checks", 4, "Checks", 3.00, 0.75),
            line(CostKind.REQUESTS, "Latency-routed queries", 1.5e10, "Queries", 6_000.00, 4e-7))
        .report("Phase 4 · Global", 6_000_000, 1.45e10, 0.4);
  }

  static CostLine line(
      CostKind kind, String item, double quantity, String unit, double usd, double unitPrice) {
    return new CostLine(
        kind, item, quantity, unit, usd, "$" + unitPrice + " per " + unit + ", us-east-1", false);
  }

  SampleReports component(String id, String type, CostLine... lines) {
    Map<String, Double> byKind = new LinkedHashMap<>();
    double sum = 0;
    for (CostKind k : CostKind.values()) {
      for (CostLine l : lines) {
        if (l.kind() == k) {
          byKind.merge(k.fileName(), l.monthlyUsd(), Double::sum);
          sum += l.monthlyUsd();
        }
      }
    }
    components.put(id, new ComponentCost(type, sum, byKind, List.of(lines)));
    return this;
  }

  SampleReports unpriced(String component, String item, String reason) {
    unpriced.add(new Unpriced(component, item, reason));
    return this;
  }

  /**
   * The report; {@code nightShare} is the quietest hour's cost as a share of the busiest, the day a
   * cosine with its peak at 14:00.
   */
  CostReport report(String name, long users, double monthlyRequests, double nightShare) {
    Map<String, Double> byKind = new LinkedHashMap<>();
    for (CostKind k : CostKind.values()) {
      byKind.put(k.fileName(), 0.0);
    }
    double total = 0;
    for (ComponentCost c : components.values()) {
      c.byKind().forEach((k, v) -> byKind.merge(k, v, Double::sum));
      total += c.monthlyUsd();
    }
    double[] shape = new double[24];
    double shapeSum = 0;
    for (int h = 0; h < 24; h++) {
      double wave = 0.5 - 0.5 * Math.cos(2 * Math.PI * (h + 0.5 - 2) / 24);
      shape[h] = nightShare + (1 - nightShare) * wave;
      shapeSum += shape[h];
    }
    List<Double> hourly = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      hourly.add(total / CostReport.HOURS_PER_MONTH * 24 * shape[h] / shapeSum);
    }
    return new CostReport(
        name,
        CATALOGUE_DATE,
        CATALOGUE_DATE + ", shipped with ScaleLab",
        "on-demand",
        "On-Demand",
        total,
        byComponent(components),
        components,
        byKind,
        monthlyRequests,
        total / monthlyRequests * 1e6,
        users,
        total / users,
        hourly,
        List.of(
            "Projected from 600 simulated seconds after the warm-up, starting at the daily curve's"
                + " peak hour; a month is 730 hours.",
            "Autoscaled instances follow the traffic within their min and max.",
            "Free tiers are not deducted. Prices: " + CATALOGUE_DATE + ", shipped with ScaleLab."),
        unpriced);
  }

  private static Map<String, Double> byComponent(Map<String, ComponentCost> components) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    components.forEach((id, c) -> out.put(id, c.monthlyUsd()));
    return out;
  }
}
