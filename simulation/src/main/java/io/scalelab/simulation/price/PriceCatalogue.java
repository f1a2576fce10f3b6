package io.scalelab.simulation.price;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.scalelab.model.file.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A dated list of AWS prices. One lookup serves every service: a product is found by service code,
 * product family, region and the attributes that identify it, as in the AWS Price List.
 *
 * <p>{@link #snapshot()} is the catalogue shipped with ScaleLab; {@link #current} prefers the
 * user's cache ({@code ~/.scalelab/prices/aws-prices.json}, written by {@code scalelab pricing
 * refresh}) and falls back to the snapshot, with a warning, when the cache is unreadable.
 */
public final class PriceCatalogue {

  /** The catalogue file format version. */
  public static final int FORMAT_VERSION = 1;

  /** The catalogue's file name, in the user's cache directory. */
  public static final String FILE_NAME = "aws-prices.json";

  private static final String SNAPSHOT_RESOURCE = "aws-prices.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private final LocalDate date;
  private final String origin;
  private final String description;
  private final List<PriceEntry> entries;
  private final Map<PurchaseOption, Discount> discounts;
  private final Map<String, List<PriceEntry>> index = new HashMap<>();

  /**
   * @param date the catalogue's date: when its prices were taken
   * @param origin where it was read from, for reports: {@code snapshot} or a file path
   * @param description what it holds and where it comes from
   * @param entries the prices
   * @param discounts the purchase options other than on-demand
   */
  public PriceCatalogue(
      LocalDate date,
      String origin,
      String description,
      List<PriceEntry> entries,
      List<Discount> discounts) {
    this.date = date;
    this.origin = origin;
    this.description = description;
    this.entries = List.copyOf(entries);
    this.discounts = new EnumMap<>(PurchaseOption.class);
    this.discounts.put(PurchaseOption.ON_DEMAND, Discount.onDemand());
    for (Discount d : discounts) {
      this.discounts.put(d.option(), d);
    }
    for (PriceEntry e : this.entries) {
      List<PriceEntry> same = index.computeIfAbsent(key(e), k -> new ArrayList<>());
      for (PriceEntry other : same) {
        if (other.attributes().equals(e.attributes())
            && other.purchaseOption().equals(e.purchaseOption())) {
          throw new IllegalArgumentException("two prices for " + e.describe());
        }
      }
      same.add(e);
    }
  }

  public LocalDate date() {
    return date;
  }

  /** Where the catalogue was read from: {@code snapshot} or the cache file's path. */
  public String origin() {
    return origin;
  }

  public String description() {
    return description;
  }

  public List<PriceEntry> entries() {
    return entries;
  }

  /** The discount of a purchase option; on-demand is always there. */
  public Optional<Discount> discount(PurchaseOption option) {
    return Optional.ofNullable(discounts.get(option));
  }

  public List<Discount> discounts() {
    return List.copyOf(discounts.values());
  }

  /**
   * The on-demand price of the product with these attributes (it may have more).
   *
   * @param service the Price List service code
   * @param productFamily the product family
   * @param region a region code or {@code global}
   * @param attributes attributes the product must have, with these values
   */
  public Optional<PriceEntry> find(
      String service, String productFamily, String region, Map<String, String> attributes) {
    List<PriceEntry> same =
        index.getOrDefault(service + '\u0000' + productFamily + '\u0000' + region, List.of());
    for (PriceEntry e : same) {
      if (e.purchaseOption().equals("on_demand")
          && e.attributes().entrySet().containsAll(attributes.entrySet())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** A one-line description for reports: {@code prices of 2026-01-19 (snapshot)}. */
  public String label() {
    return "AWS prices of " + date + " (" + origin + ")";
  }

  private static String key(PriceEntry e) {
    return e.service() + '\u0000' + e.productFamily() + '\u0000' + e.region();
  }

  // --- files ------------------------------------------------------------------------------

  /** The catalogue shipped with ScaleLab. */
  public static PriceCatalogue snapshot() {
    try (InputStream in = PriceCatalogue.class.getResourceAsStream(SNAPSHOT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the price snapshot is missing from the program");
      }
      return fromFile(JSON.readValue(in, CatalogueFile.class), "snapshot");
    } catch (IOException | PriceException e) {
      throw new IllegalStateException("the shipped price snapshot is broken: " + e.getMessage(), e);
    }
  }

  /** The user's price cache directory: {@code ~/.scalelab/prices}. */
  public static Path defaultCacheDirectory() {
    return Path.of(System.getProperty("user.home"), ".scalelab", "prices");
  }

  /**
   * The catalogue to price with: the cache in {@code cacheDirectory} when there is one and it reads
   * well, otherwise the snapshot; a cache that does not read is reported to {@code warnings} in one
   * line.
   */
  public static PriceCatalogue current(Path cacheDirectory, Consumer<String> warnings) {
    Path file = cacheDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return snapshot();
    }
    try {
      return read(file);
    } catch (PriceException e) {
      PriceCatalogue snapshot = snapshot();
      warnings.accept(e.getMessage() + "; using the snapshot of " + snapshot.date());
      return snapshot;
    }
  }

  /** Reads a catalogue file; the message of a failure names the file and the place. */
  public static PriceCatalogue read(Path file) throws PriceException {
    try {
      return fromFile(JSON.readValue(file.toFile(), CatalogueFile.class), file.toString());
    } catch (NoSuchFileException e) {
      throw new PriceException(file + ": no such file");
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new PriceException(
          file
              + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr())
              + ": not a price catalogue: "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new PriceException(file + ": cannot read: " + e.getMessage(), e);
    } catch (PriceException e) {
      throw new PriceException(file + ": " + e.getMessage(), e);
    }
  }

  /** Writes the catalogue atomically: a reader sees the old file or the new one, never half. */
  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, toJson() + "\n");
  }

  /** The catalogue as its JSON file. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(toFile());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same catalogue with other prices, date and origin: what a refresh makes. */
  public PriceCatalogue with(
      LocalDate newDate, String newOrigin, String newDescription, List<PriceEntry> newEntries) {
    return new PriceCatalogue(newDate, newOrigin, newDescription, newEntries, discounts());
  }

  // --- the JSON shape -------------------------------------------------------------------------

  record CatalogueFile(
      int format,
      String catalogueDate,
      String description,
      List<ProductJson> products,
      Map<String, DiscountJson> purchaseOptions) {}

  record ProductJson(
      String service,
      String productFamily,
      String region,
      Map<String, String> attributes,
      String purchaseOption,
      String unit,
      List<TierJson> tiers,
      String effectiveDate,
      String source) {}

  /** {@code endUsage} null means no end. */
  record TierJson(double startUsage, Double endUsage, double usd) {}

  record DiscountJson(String label, boolean estimate, Map<String, Double> factors, String source) {}

  private static PriceCatalogue fromFile(CatalogueFile f, String origin) throws PriceException {
    if (f.format() != FORMAT_VERSION) {
      throw new PriceException(
          "format "
              + f.format()
              + " is not supported; this ScaleLab reads format "
              + FORMAT_VERSION);
    }
    LocalDate date = date(f.catalogueDate(), "catalogueDate");
    List<PriceEntry> entries = new ArrayList<>();
    List<ProductJson> products = f.products() == null ? List.of() : f.products();
    for (int k = 0; k < products.size(); k++) {
      ProductJson p = products.get(k);
      String where = "products[" + k + "]";
      try {
        List<Tier> tiers = new ArrayList<>();
        for (TierJson t : p.tiers() == null ? List.<TierJson>of() : p.tiers()) {
          tiers.add(
              new Tier(
                  t.startUsage(),
                  t.endUsage() == null ? Double.POSITIVE_INFINITY : t.endUsage(),
                  t.usd()));
        }
        entries.add(
            new PriceEntry(
                required(p.service(), where + ".service"),
                required(p.productFamily(), where + ".productFamily"),
                required(p.region(), where + ".region"),
                p.attributes() == null ? Map.of() : p.attributes(),
                p.purchaseOption() == null ? "on_demand" : p.purchaseOption(),
                required(p.unit(), where + ".unit"),
                tiers,
                date(p.effectiveDate(), where + ".effectiveDate"),
                p.source() == null ? "" : p.source()));
      } catch (IllegalArgumentException e) {
        throw new PriceException(where + ": " + e.getMessage());
      }
    }
    List<Discount> discounts = new ArrayList<>();
    if (f.purchaseOptions() != null) {
      for (var d : f.purchaseOptions().entrySet()) {
        PurchaseOption option =
            PurchaseOption.of(d.getKey())
                .orElseThrow(
                    () ->
                        new PriceException(
                            "purchaseOptions."
                                + d.getKey()
                                + ": unknown purchase option; expected one of "
                                + java.util.Arrays.stream(PurchaseOption.values())
                                    .map(PurchaseOption::key)
                                    .toList()));
        DiscountJson j = d.getValue();
        try {
          discounts.add(
              new Discount(
                  option,
                  j.label(),
                  j.estimate(),
                  j.factors() == null ? Map.of() : j.factors(),
                  j.source()));
        } catch (IllegalArgumentException e) {
          throw new PriceException("purchaseOptions." + d.getKey() + ": " + e.getMessage());
        }
      }
    }
    try {
      return new PriceCatalogue(date, origin, f.description(), entries, discounts);
    } catch (IllegalArgumentException e) {
      throw new PriceException(e.getMessage());
    }
  }

  private CatalogueFile toFile() {
    List<ProductJson> products = new ArrayList<>();
    for (PriceEntry e : entries) {
      List<TierJson> tiers = new ArrayList<>();
      for (Tier t : e.tiers()) {
        tiers.add(
            new TierJson(
                t.startUsage(),
                t.endUsage() == Double.POSITIVE_INFINITY ? null : t.endUsage(),
                t.usd()));
      }
      products.add(
          new ProductJson(
              e.service(),
              e.productFamily(),
              e.region(),
              e.attributes(),
              e.purchaseOption(),
              e.unit(),
              tiers,
              e.effectiveDate().toString(),
              e.source()));
    }
    Map<String, DiscountJson> options = new LinkedHashMap<>();
    for (Discount d : discounts.values()) {
      if (d.option() != PurchaseOption.ON_DEMAND) {
        options.put(
            d.option().key(), new DiscountJson(d.label(), d.estimate(), d.factors(), d.source()));
      }
    }
    return new CatalogueFile(FORMAT_VERSION, date.toString(), description, products, options);
  }

  private static String required(String value, String field) throws PriceException {
    if (value == null || value.isBlank()) {
      throw new PriceException(field + ": missing");
    }
    return value;
  }

  private static LocalDate date(String value, String field) throws PriceException {
    try {
      return LocalDate.parse(required(value, field));
    } catch (DateTimeParseException e) {
      throw new PriceException(field + ": found " + value + "; expected a date like 2026-01-19");
    }
  }
}
