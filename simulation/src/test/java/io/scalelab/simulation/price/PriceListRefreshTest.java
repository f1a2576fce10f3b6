package io.scalelab.simulation.price;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scalelab.simulation.price.PriceListApi.Answer;
import io.scalelab.simulation.price.PriceListApi.Call;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.pricing.PricingClient;

/**
 * The refresh through the real AWS SDK client (signing, AWS JSON 1.1 marshalling, pagination, error
 * unmarshalling) against {@link PriceListApi}, a local server speaking the Price List wire format
 * with items shaped like real ones.
 */
class PriceListRefreshTest {

  private static final String EC2_ITEM = "ec2-m5-large-us-east-1.json";
  private static final String TRANSFER_ITEM = "data-transfer-out-us-east-1.json";
  private static final LocalDate OLD = LocalDate.of(2025, 1, 15);
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 3);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-02-03T10:00:00Z"), ZoneOffset.UTC);
  private static final AwsCredentialsProvider TEST_CREDENTIALS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret"));

  @TempDir Path cache;

  private static final PriceEntry M5_LARGE =
      new PriceEntry(
          "AmazonEC2",
          "Compute Instance",
          "us-east-1",
          Map.of(
              "instanceType", "m5.large",
              "operatingSystem", "Linux",
              "tenancy", "Shared",
              "preInstalledSw", "NA",
              "capacitystatus", "Used"),
          "on_demand",
          "Hrs",
          List.of(Tier.flat(0.1)),
          OLD,
          "old");

  private static final PriceEntry TRANSFER_OUT =
      new PriceEntry(
          "AWSDataTransfer",
          "Data Transfer",
          "us-east-1",
          Map.of(
              "fromRegionCode", "us-east-1",
              "transferType", "AWS Outbound",
              "toLocation", "External"),
          "on_demand",
          "GB",
          List.of(new Tier(0, 10240, 0.1), new Tier(10240, Double.POSITIVE_INFINITY, 0.08)),
          OLD,
          "old");

  private static final Discount SAVINGS =
      new Discount(
          PurchaseOption.SAVINGS_1Y,
          "Compute Savings Plan, 1 year, no upfront",
          false,
          Map.of("AmazonEC2", 0.72),
          "test");

  /** The existing cache: old prices, written as a refresh would have written them. */
  private Path writeOldCache() throws IOException {
    Path file = cache.resolve(PriceCatalogue.FILE_NAME);
    new PriceCatalogue(
            OLD, file.toString(), "old", List.of(M5_LARGE, TRANSFER_OUT), List.of(SAVINGS))
        .write(file);
    return file;
  }

  /** Answers the EC2 query in one page and the data-transfer query in two. */
  private static Answer realistic(Call call) {
    if (call.serviceCode().equals("AmazonEC2")) {
      return Answer.products(null, PriceListApi.item(EC2_ITEM));
    }
    if (call.nextToken() == null) {
      return Answer.products("eyJwYWdlIjoyfQ==", new String[0]);
    }
    return Answer.products(null, PriceListApi.item(TRANSFER_ITEM));
  }

  private PriceCatalogue refreshInto(PriceListApi api, AwsCredentialsProvider credentials)
      throws PriceException {
    try (PricingClient client =
        PriceListRefresh.client(Optional.of(api.endpoint()), "us-east-1", credentials)) {
      return new PriceListRefresh(client, CLOCK).refreshInto(cache, p -> {}, w -> {});
    }
  }

  @Test
  void refreshRoundTripsThroughThePriceListApiAndIsReadBackFromTheCache() throws Exception {
    Path file = writeOldCache();
    List<String> progress = new ArrayList<>();
    PriceCatalogue fresh;
    try (PriceListApi api = new PriceListApi(PriceListRefreshTest::realistic);
        PricingClient client =
            PriceListRefresh.client(Optional.of(api.endpoint()), "us-east-1", TEST_CREDENTIALS)) {
      fresh = new PriceListRefresh(client, CLOCK).refreshInto(cache, progress::add, w -> {});

      assertThat(api.calls())
          .allSatisfy(
              c -> {
                assertThat(c.target()).isEqualTo(PriceListApi.TARGET);
                assertThat(c.contentType()).startsWith(PriceListApi.CONTENT_TYPE);
                assertThat(c.authorization())
                    .startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/")
                    .contains("/us-east-1/pricing/aws4_request");
                assertThat(c.body().path("FormatVersion").asText()).isEqualTo("aws_v1");
              });
      assertThat(api.calls())
          .extracting(Call::serviceCode, Call::nextToken)
          .containsExactly(
              tuple("AmazonEC2", null),
              tuple("AWSDataTransfer", null),
              tuple("AWSDataTransfer", "eyJwYWdlIjoyfQ=="));
      assertThat(api.calls().get(0).filters())
          .containsExactlyInAnyOrder(
              "TERM_MATCH productFamily=Compute Instance",
              "TERM_MATCH regionCode=us-east-1",
              "TERM_MATCH instanceType=m5.large",
              "TERM_MATCH operatingSystem=Linux",
              "TERM_MATCH tenancy=Shared",
              "TERM_MATCH preInstalledSw=NA",
              "TERM_MATCH capacitystatus=Used");
      // Data transfer products name their region as fromRegionCode and have no regionCode.
      assertThat(api.calls().get(1).filters())
          .containsExactlyInAnyOrder(
              "TERM_MATCH productFamily=Data Transfer",
              "TERM_MATCH fromRegionCode=us-east-1",
              "TERM_MATCH transferType=AWS Outbound",
              "TERM_MATCH toLocation=External");
      assertThat(api.calls().get(2).filters()).isEqualTo(api.calls().get(1).filters());
    }

    // What the items above say, written out by hand.
    List<PriceEntry> expected =
        List.of(
            new PriceEntry(
                "AmazonEC2",
                "Compute Instance",
                "us-east-1",
                M5_LARGE.attributes(),
                "on_demand",
                "Hrs",
                List.of(Tier.flat(0.096)),
                LocalDate.of(2025, 12, 1),
                "AWS Price List API, SKU 2WTMTR9HDDT7AA73"),
            new PriceEntry(
                "AWSDataTransfer",
                "Data Transfer",
                "us-east-1",
                TRANSFER_OUT.attributes(),
                "on_demand",
                "GB",
                List.of(
                    new Tier(0, 10240, 0.09),
                    new Tier(10240, 51200, 0.085),
                    new Tier(51200, 153600, 0.07),
                    new Tier(153600, Double.POSITIVE_INFINITY, 0.05)),
                LocalDate.of(2025, 11, 1),
                "AWS Price List API, SKU AQ9TNYHHK3SGP5UW"));
    PriceCatalogue readBack = PriceCatalogue.read(file);
    for (PriceCatalogue c : List.of(fresh, readBack)) {
      assertThat(c.entries()).isEqualTo(expected);
      assertThat(c.date()).isEqualTo(TODAY);
      assertThat(c.origin()).isEqualTo(file.toString());
      assertThat(c.discount(PurchaseOption.SAVINGS_1Y)).contains(SAVINGS);
      assertThat(c.label()).isEqualTo("AWS prices of 2026-02-03 (" + file + ")");
    }
    assertThat(readBack.entries().get(1).cost(20480))
        .isCloseTo(10240 * 0.09 + 10240 * 0.085, offset(1e-9));
    assertThat(progress).hasSize(2).allMatch(p -> p.startsWith("["));
    try (var files = Files.list(cache)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void anHttp400WithAnAwsErrorIsReportedWithItsCodeAndMessageAndKeepsTheCache() throws Exception {
    String message = "Invalid value for parameter Filters: field operatingSystem";
    assertFailsAndKeepsCache(
        c -> Answer.error(400, "InvalidParameterException", message),
        "AmazonEC2 Compute Instance in us-east-1 {capacitystatus=Used, instanceType=m5.large,"
            + " operatingSystem=Linux, preInstalledSw=NA, tenancy=Shared}: the AWS Price List API"
            + " answered HTTP 400 InvalidParameterException: "
            + message);
  }

  @Test
  void aPriceListItemThatIsNotJsonIsReportedAndKeepsTheCache() throws Exception {
    assertFailsAndKeepsCache(
        c -> Answer.products(null, "{\"product\":{\"productFamily\":\"Compute Instance\","),
        "AmazonEC2 Compute Instance in us-east-1 {",
        "the answer holds a PriceList item that is not JSON: Unexpected end-of-input");
  }

  @Test
  void anEmptyPriceListIsReportedAsNoSuchProductAndKeepsTheCache() throws Exception {
    assertFailsAndKeepsCache(
        c -> Answer.products(null, new String[0]),
        "AmazonEC2 Compute Instance in us-east-1 {",
        ": the AWS Price List API has no product matching it");
  }

  @Test
  void twoProductsAcrossPagesAreAmbiguousAndKeepTheCache() throws Exception {
    String other =
        PriceListApi.item(EC2_ITEM, t -> ((ObjectNode) t.get("product")).put("sku", "OTHERSKU"));
    assertFailsAndKeepsCache(
        c ->
            c.nextToken() == null
                ? Answer.products("next", PriceListApi.item(EC2_ITEM))
                : Answer.products(null, other),
        "2 products match it (SKUs 2WTMTR9HDDT7AA73, OTHERSKU); its attributes must name one");
  }

  @Test
  void aProductWithoutAnOnDemandTermIsReportedAndKeepsTheCache() throws Exception {
    String reservedOnly =
        PriceListApi.item(EC2_ITEM, t -> ((ObjectNode) t.get("terms")).remove("OnDemand"));
    assertFailsAndKeepsCache(
        c -> Answer.products(null, reservedOnly), "product 2WTMTR9HDDT7AA73 has no OnDemand term");
  }

  @Test
  void aPriceInAnotherUnitIsReportedAndKeepsTheCache() throws Exception {
    assertFailsAndKeepsCache(
        c ->
            c.serviceCode().equals("AmazonEC2")
                ? Answer.products(null, PriceListApi.item(EC2_ITEM))
                : Answer.products(
                    null,
                    PriceListApi.item(TRANSFER_ITEM).replace("\"unit\":\"GB\"", "\"unit\":\"TB\"")),
        "AWSDataTransfer Data Transfer in us-east-1 {",
        "the AWS Price List API prices it per TB, the catalogue per GB");
  }

  @Test
  void withoutCredentialsItSaysSoInOneLineAndAsksNothing() throws Exception {
    AwsCredentialsProvider none =
        () -> {
          throw SdkClientException.create(
              "Unable to load credentials from any of the providers in the chain");
        };
    Path file = writeOldCache();
    byte[] before = Files.readAllBytes(file);
    try (PriceListApi api = new PriceListApi(PriceListRefreshTest::realistic)) {
      assertThatThrownBy(() -> refreshInto(api, none))
          .isInstanceOf(PriceException.class)
          .hasMessage(
              "no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and"
                  + " AWS_SECRET_ACCESS_KEY, or run aws configure); keeping the price catalogue"
                  + " of 2025-01-15 ("
                  + file
                  + ")");
      assertThat(api.calls()).isEmpty();
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void anUnreachableEndpointIsReportedInOneLineAndKeepsTheCache() throws Exception {
    Path file = writeOldCache();
    byte[] before = Files.readAllBytes(file);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    URI endpoint = URI.create("http://127.0.0.1:" + port);
    try (PricingClient client =
        PriceListRefresh.client(Optional.of(endpoint), "us-east-1", TEST_CREDENTIALS)) {
      assertThatThrownBy(
              () -> new PriceListRefresh(client, CLOCK).refreshInto(cache, p -> {}, w -> {}))
          .isInstanceOf(PriceException.class)
          .hasMessageStartingWith("cannot reach the AWS Price List API at " + endpoint + ": ")
          .hasMessageContaining("refused")
          .hasMessageEndingWith("; keeping the price catalogue of 2025-01-15 (" + file + ")")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void anEndpointThatIsNotAnHttpUrlIsRefusedByName() {
    assertThatThrownBy(
            () -> PriceListRefresh.client(Optional.of(URI.create("127.0.0.1:8080")), "us-east-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("127.0.0.1:8080");
  }

  private void assertFailsAndKeepsCache(Function<Call, Answer> answers, String... messageParts)
      throws Exception {
    Path file = writeOldCache();
    byte[] before = Files.readAllBytes(file);
    try (PriceListApi api = new PriceListApi(answers)) {
      assertThatThrownBy(() -> refreshInto(api, TEST_CREDENTIALS))
          .isInstanceOf(PriceException.class)
          .hasMessageContainingAll(messageParts)
          .hasMessageEndingWith("; keeping the price catalogue of 2025-01-15 (" + file + ")")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var files = Files.list(cache)) {
      assertThat(files).containsExactly(file);
    }
  }
}
