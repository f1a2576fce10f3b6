package io.scalelab.simulation.price;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;

/**
 * Replaces a catalogue's on-demand prices with current ones from the AWS Price List API ({@code
 * GetProducts}). Each product is looked up by its service code and {@code TERM_MATCH} filters on
 * its attributes, its product family and, unless it is {@code global} or names its region itself
 * (like {@code fromRegionCode}), its {@code regionCode}; the answer must hold exactly one product
 * with one on-demand term in the catalogue's unit. Either every product refreshes or the refresh
 * fails with a one-line {@link PriceException} and nothing changes.
 */
public final class PriceListRefresh {

  /** The Price List API's home region; it also answers in eu-central-1 and ap-south-1. */
  public static final String DEFAULT_API_REGION = "us-east-1";

  /** How long to wait for a TCP connection: generous for a slow link, short for none. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** How long a read may stall; GetProducts pages answer in well under a second. */
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

  /** One GetProducts call, retries included. */
  static final Duration CALL_TIMEOUT = Duration.ofMinutes(1);

  /** The largest page GetProducts serves (API reference: MaxResults 1..100). */
  private static final int PAGE_SIZE = 100;

  private final PricingClient client;
  private final Clock clock;

  /** A refresh through {@code client}, dated by the system clock. */
  public PriceListRefresh(PricingClient client) {
    this(client, Clock.systemDefaultZone());
  }

  PriceListRefresh(PricingClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * A Price List client with credentials from the SDK's default chain (system properties,
   * environment, {@code ~/.aws} profiles, SSO, container and instance roles).
   *
   * @param endpoint another endpoint than AWS's, like {@code http://127.0.0.1:8080}
   * @param apiRegion the region of the Price List API endpoint, like {@link #DEFAULT_API_REGION}
   * @throws IllegalArgumentException when the endpoint is not an http or https URL
   */
  public static PricingClient client(Optional<URI> endpoint, String apiRegion) {
    return builder(endpoint, apiRegion).build();
  }

  /** A Price List client with the given credentials; see {@link #client(Optional, String)}. */
  public static PricingClient client(
      Optional<URI> endpoint, String apiRegion, AwsCredentialsProvider credentials) {
    return builder(endpoint, apiRegion).credentialsProvider(credentials).build();
  }

  private static PricingClientBuilder builder(Optional<URI> endpoint, String apiRegion) {
    PricingClientBuilder b =
        PricingClient.builder()
            .region(Region.of(apiRegion))
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(CONNECT_TIMEOUT)
                    .socketTimeout(SOCKET_TIMEOUT))
            .overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT));
    endpoint.ifPresent(
        uri -> {
          String scheme = uri.getScheme();
          if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                "endpoint " + uri + " is not an http or https URL like https://host:port");
          }
          b.endpointOverride(uri);
        });
    return b;
  }

  /**
   * Refreshes the products of the catalogue in use in {@code cacheDirectory} (the cache, else the
   * snapshot) and writes the result there atomically; on any failure nothing is written and the
   * message says which catalogue stays.
   */
  public PriceCatalogue refreshInto(
      Path cacheDirectory, Consumer<String> progress, Consumer<String> warnings)
      throws PriceException {
    return refreshInto(cacheDirectory, null, progress, warnings);
  }

  /**
   * As {@link #refreshInto(Path, Consumer, Consumer)}, refreshing the products of {@code products}
   * instead (the snapshot's, so that a cache written by an older ScaleLab gains the products a
   * newer one looks up); {@code null} means the catalogue in use.
   */
  public PriceCatalogue refreshInto(
      Path cacheDirectory,
      PriceCatalogue products,
      Consumer<String> progress,
      Consumer<String> warnings)
      throws PriceException {
    Path file = cacheDirectory.resolve(PriceCatalogue.FILE_NAME);
    PriceCatalogue inUse = PriceCatalogue.current(cacheDirectory, warnings);
    PriceCatalogue base =
        products == null
            ? inUse
            : inUse.with(inUse.date(), inUse.origin(), inUse.description(), products.entries());
    PriceCatalogue fresh = refresh(base, file, progress);
    try {
      fresh.write(file);
    } catch (IOException e) {
      throw new PriceException(file + ": cannot write: " + e.getMessage() + keeping(base), e);
    }
    return fresh;
  }

  /**
   * The catalogue {@code base} with current on-demand prices, dated today, its origin the default
   * cache file. Entries with another purchase option than on-demand are kept as they are.
   */
  public PriceCatalogue refresh(PriceCatalogue base, Consumer<String> progress)
      throws PriceException {
    return refresh(
        base, PriceCatalogue.defaultCacheDirectory().resolve(PriceCatalogue.FILE_NAME), progress);
  }

  /** As {@link #refresh(PriceCatalogue, Consumer)}, with {@code file} as the result's origin. */
  public PriceCatalogue refresh(PriceCatalogue base, Path file, Consumer<String> progress)
      throws PriceException {
    requireCredentials(base);
    List<PriceEntry> entries = new ArrayList<>();
    int n = base.entries().size();
    for (int k = 0; k < n; k++) {
      PriceEntry e = base.entries().get(k);
      if (!e.purchaseOption().equals("on_demand")) {
        entries.add(e);
        continue;
      }
      progress.accept("[" + (k + 1) + "/" + n + "] " + e.describe());
      entries.add(fetch(e, base));
    }
    LocalDate today = LocalDate.now(clock);
    return base.with(
        today,
        file.toString(),
        "On-demand prices from the AWS Price List API (GetProducts) on "
            + today
            + " for the products of "
            + base.label()
            + "; purchase options as there",
        entries);
  }

  private PriceEntry fetch(PriceEntry e, PriceCatalogue base) throws PriceException {
    Map<String, PriceListItem> products = new LinkedHashMap<>();
    GetProductsRequest request =
        GetProductsRequest.builder()
            .serviceCode(e.service())
            .formatVersion("aws_v1")
            .filters(filters(e))
            .maxResults(PAGE_SIZE)
            .build();
    try {
      String token = null;
      do {
        GetProductsResponse page = client.getProducts(request.toBuilder().nextToken(token).build());
        for (String json : page.priceList()) {
          PriceListItem item = PriceListItem.parse(json);
          products.putIfAbsent(item.sku(), item);
        }
        token = page.nextToken();
      } while (token != null && !token.isEmpty());
    } catch (PriceException x) {
      throw new PriceException(e.describe() + ": " + x.getMessage() + keeping(base), x);
    } catch (AwsServiceException x) {
      throw new PriceException(
          e.describe() + ": the AWS Price List API answered " + serviceError(x) + keeping(base), x);
    } catch (SdkClientException x) {
      if (isNetworkFailure(x)) {
        throw new PriceException(
            "cannot reach the AWS Price List API at "
                + endpoint()
                + ": "
                + reason(x)
                + keeping(base),
            x);
      }
      throw new PriceException(
          e.describe()
              + ": unreadable answer from the AWS Price List API: "
              + firstLine(x.getMessage())
              + keeping(base),
          x);
    }
    if (products.isEmpty()) {
      throw new PriceException(
          e.describe() + ": the AWS Price List API has no product matching it" + keeping(base));
    }
    if (products.size() > 1) {
      throw new PriceException(
          e.describe()
              + ": "
              + products.size()
              + " products match it (SKUs "
              + String.join(", ", products.keySet())
              + "); its attributes must name one"
              + keeping(base));
    }
    PriceListItem item = products.values().iterator().next();
    if (!item.unit().equals(e.unit())) {
      throw new PriceException(
          e.describe()
              + ": the AWS Price List API prices it per "
              + item.unit()
              + ", the catalogue per "
              + e.unit()
              + keeping(base));
    }
    try {
      return new PriceEntry(
          e.service(),
          e.productFamily(),
          e.region(),
          e.attributes(),
          e.purchaseOption(),
          item.unit(),
          item.tiers(),
          item.effectiveDate(),
          "AWS Price List API, SKU " + item.sku());
    } catch (IllegalArgumentException x) {
      throw new PriceException(x.getMessage() + keeping(base), x);
    }
  }

  /** The TERM_MATCH filters that identify {@code e}. */
  static List<Filter> filters(PriceEntry e) {
    Map<String, String> match = new LinkedHashMap<>();
    match.put("productFamily", e.productFamily());
    boolean namesRegion = e.attributes().keySet().stream().anyMatch(k -> k.endsWith("RegionCode"));
    if (!e.region().equals("global") && !namesRegion) {
      match.put("regionCode", e.region());
    }
    match.putAll(e.attributes());
    List<Filter> filters = new ArrayList<>();
    match.forEach(
        (field, value) ->
            filters.add(
                Filter.builder().type(FilterType.TERM_MATCH).field(field).value(value).build()));
    return filters;
  }

  private void requireCredentials(PriceCatalogue base) throws PriceException {
    try {
      client.serviceClientConfiguration().credentialsProvider().resolveIdentity().join();
    } catch (SdkClientException | CompletionException e) {
      throw new PriceException(
          "no AWS credentials found (set AWS_PROFILE, or AWS_ACCESS_KEY_ID and"
              + " AWS_SECRET_ACCESS_KEY, or run aws configure)"
              + keeping(base),
          e);
    }
  }

  private String endpoint() {
    var config = client.serviceClientConfiguration();
    return config
        .endpointOverride()
        .map(URI::toString)
        .orElse("https://api.pricing." + config.region().id() + ".amazonaws.com");
  }

  private static String serviceError(AwsServiceException x) {
    var details = x.awsErrorDetails();
    String code = details == null ? null : details.errorCode();
    String message = details == null ? null : details.errorMessage();
    return "HTTP "
        + x.statusCode()
        + (code == null ? "" : " " + code)
        + ": "
        + firstLine(message == null ? x.getMessage() : message);
  }

  private static boolean isNetworkFailure(SdkClientException x) {
    if (x instanceof ApiCallTimeoutException || x instanceof ApiCallAttemptTimeoutException) {
      return true;
    }
    for (Throwable c = x.getCause(); c != null; c = c.getCause()) {
      if (c instanceof SocketException
          || c instanceof UnknownHostException
          || c instanceof InterruptedIOException
          || c instanceof SSLException) {
        return true;
      }
    }
    return false;
  }

  private static String reason(SdkClientException x) {
    if (x instanceof ApiCallTimeoutException || x instanceof ApiCallAttemptTimeoutException) {
      return "no answer within " + CALL_TIMEOUT.toSeconds() + " s";
    }
    Throwable root = x;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    if (root instanceof UnknownHostException) {
      return "unknown host " + root.getMessage();
    }
    return root.getMessage() == null
        ? root.getClass().getSimpleName()
        : firstLine(root.getMessage());
  }

  private static String keeping(PriceCatalogue base) {
    return "; keeping the price catalogue of " + base.date() + " (" + base.origin() + ")";
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }
}
