package io.scalelab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scalelab.simulation.price.Discount;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceEntry;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.price.Tier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PricingCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path cache;

  private int run(String... args) {
    return ScalelabCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private Path writeCache() throws Exception {
    Path file = cache.resolve(PriceCatalogue.FILE_NAME);
    PriceEntry m5 =
        new PriceEntry(
            "AmazonEC2",
            "Compute Instance",
            "us-east-1",
            Map.of("instanceType", "m5.large"),
            "on_demand",
            "Hrs",
            List.of(Tier.flat(0.096)),
            LocalDate.of(2025, 12, 1),
            "test");
    PriceEntry m5eu =
        new PriceEntry(
            "AmazonEC2",
            "Compute Instance",
            "eu-west-1",
            Map.of("instanceType", "m5.large"),
            "on_demand",
            "Hrs",
            List.of(Tier.flat(0.107)),
            LocalDate.of(2025, 12, 1),
            "test");
    PriceEntry dns =
        new PriceEntry(
            "AmazonRoute53",
            "DNS Zone",
            "global",
            Map.of(),
            "on_demand",
            "HostedZone",
            List.of(new Tier(0, 25, 0.5), new Tier(25, Double.POSITIVE_INFINITY, 0.1)),
            LocalDate.of(2025, 12, 1),
            "test");
    Discount spot =
        new Discount(PurchaseOption.SPOT, "Spot", true, Map.of("AmazonEC2", 0.35), "test");
    new PriceCatalogue(
            LocalDate.of(2026, 1, 19),
            file.toString(),
            "test prices",
            List.of(m5, m5eu, dns),
            List.of(spot))
        .write(file);
    return file;
  }

  @Test
  void showPrintsTheDateOriginProductsRegionsAndPurchaseOptionsOfTheCache() throws Exception {
    Path file = writeCache();

    int code = run("pricing", "show", "--cache-dir", cache.toString());

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().lines())
        .containsExactly(
            "AWS prices of 2026-01-19 (" + file + ")",
            "  test prices",
            "Products: 3 (AmazonEC2 2, AmazonRoute53 1)",
            "Regions: eu-west-1, global, us-east-1",
            "Purchase options:",
            "  on-demand: On-demand",
            "  spot: Spot (estimate) [AmazonEC2 x0.35]");
  }

  @Test
  void refreshWithoutAReachableApiPrintsOneLineExitsThreeAndKeepsTheCache() throws Exception {
    Path file = writeCache();
    byte[] before = Files.readAllBytes(file);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    // Credentials from the SDK's default chain, whose first link is these system properties.
    System.setProperty("aws.accessKeyId", "AKIDTEST");
    System.setProperty("aws.secretAccessKey", "test-secret");
    int code;
    try {
      code =
          run(
              "pricing",
              "refresh",
              "--endpoint",
              "http://127.0.0.1:" + port,
              "--cache-dir",
              cache.toString());
    } finally {
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }

    assertThat(code).isEqualTo(3);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith(
            "pricing refresh: cannot reach the AWS Price List API at http://127.0.0.1:" + port)
        .endsWith("; keeping the price catalogue of 2026-01-19 (" + file + ")");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void anEndpointThatIsNotAUrlIsOneLineAndExitsTwo() throws Exception {
    writeCache();

    int code =
        run("pricing", "refresh", "--endpoint", "localhost:8080", "--cache-dir", cache.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().lines())
        .singleElement()
        .asString()
        .startsWith("pricing refresh: --endpoint: endpoint localhost:8080 is not an http");
  }
}
