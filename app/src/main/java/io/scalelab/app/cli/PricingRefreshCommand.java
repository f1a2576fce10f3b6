package io.scalelab.app.cli;

import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.price.PriceListRefresh;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.pricing.PricingClient;

/**
 * {@code scalelab pricing refresh}: fetches current on-demand prices for every product of the
 * catalogue in use from the AWS Price List API and writes them to the user's cache.
 */
@Command(
    name = "refresh",
    mixinStandardHelpOptions = true,
    description = {
      "Fetches current on-demand prices for every product of the catalogue in use from the AWS",
      "Price List API (GetProducts) and writes them, dated today, to the cache, which reports then",
      "use instead of the shipped snapshot. Needs AWS credentials (the SDK's default chain:",
      "AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, ~/.aws, SSO, instance roles) allowed",
      "pricing:GetProducts. On any failure the catalogue in use is kept unchanged.",
      "Exit code: 0 refreshed, 2 bad option, 3 not refreshed (no credentials, no network, a bad",
      "answer, or the cache could not be written)."
    })
final class PricingRefreshCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "Price List API endpoint (default: AWS's for --api-region).")
  private URI endpoint;

  @Option(
      names = "--api-region",
      paramLabel = "REGION",
      description = "Region of the Price List API endpoint (default: us-east-1).")
  private String apiRegion = PriceListRefresh.DEFAULT_API_REGION;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Price cache directory (default: ~/.scalelab/prices).")
  private Path cacheDir = PriceCatalogue.defaultCacheDirectory();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PricingClient client;
    try {
      client = PriceListRefresh.client(Optional.ofNullable(endpoint), apiRegion);
    } catch (IllegalArgumentException e) {
      err.println("pricing refresh: --endpoint: " + e.getMessage());
      return ExitCodes.UNREADABLE;
    }
    try (client) {
      PriceCatalogue fresh =
          new PriceListRefresh(client)
              .refreshInto(
                  cacheDir,
                  PriceCatalogue.snapshot(),
                  out::println,
                  w -> err.println("pricing refresh: " + w));
      out.println("Refreshed " + fresh.entries().size() + " prices: " + fresh.label());
      return ExitCodes.OK;
    } catch (PriceException e) {
      err.println("pricing refresh: " + e.getMessage());
      return ExitCodes.UNAVAILABLE;
    }
  }
}
