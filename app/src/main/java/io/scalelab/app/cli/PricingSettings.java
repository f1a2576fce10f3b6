package io.scalelab.app.cli;

import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PurchaseOption;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How to price a design: the purchase option and where the price catalogue comes from. */
final class PricingSettings {

  @Option(
      names = "--purchase",
      paramLabel = "OPTION",
      converter = PurchaseConverter.class,
      completionCandidates = PurchaseCandidates.class,
      description =
          "How capacity is bought: ${COMPLETION-CANDIDATES} (default: on-demand). Spot is an"
              + " estimate; options a service has no rate for leave it on demand.")
  PurchaseOption purchase = PurchaseOption.ON_DEMAND;

  @Option(
      names = "--prices",
      paramLabel = "DIR",
      description =
          "Price cache directory, written by 'scalelab pricing refresh' (default: ~/.scalelab/prices);"
              + " the shipped snapshot is used when it holds no catalogue.")
  Path cacheDirectory = PriceCatalogue.defaultCacheDirectory();

  /** The catalogue to use; a broken cache is reported on {@code err} and the snapshot used. */
  PriceCatalogue catalogue(PrintWriter err) {
    return PriceCatalogue.current(cacheDirectory, w -> err.println("warning: " + w));
  }

  static final class PurchaseConverter implements ITypeConverter<PurchaseOption> {
    @Override
    public PurchaseOption convert(String value) {
      Optional<PurchaseOption> o = PurchaseOption.of(value);
      if (o.isEmpty()) {
        throw new TypeConversionException(
            "found '"
                + value
                + "'; expected one of "
                + String.join(", ", new PurchaseCandidates()));
      }
      return o.get();
    }
  }

  static final class PurchaseCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(PurchaseOption.values()).map(PurchaseOption::key).iterator();
    }
  }
}
