package io.scalelab.app.gui.run;

import io.scalelab.model.Design;
import io.scalelab.simulation.cost.CostModel;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceException;
import io.scalelab.simulation.price.PurchaseOption;
import io.scalelab.simulation.result.CostReport;
import io.scalelab.simulation.result.SimulationResult;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Prices runs as {@code scalelab simulate} does: the user's price cache when it reads, else the
 * shipped snapshot, through {@link CostModel}. The catalogue is read once, on first use, on the
 * caller's thread (a worker, never the FX thread). Thread-safe.
 */
public final class Pricing {

  private final Supplier<PriceCatalogue> source;
  private Optional<PriceCatalogue> catalogue = Optional.empty();

  /** Prices with the catalogue {@code source} gives, asked once. */
  public Pricing(Supplier<PriceCatalogue> source) {
    this.source = source;
  }

  /**
   * The user's catalogue ({@code ~/.scalelab/prices}, else the snapshot); a cache that does not
   * read is reported to {@code warnings} in one line.
   */
  public static Pricing userCatalogue(Consumer<String> warnings) {
    return new Pricing(
        () -> PriceCatalogue.current(PriceCatalogue.defaultCacheDirectory(), warnings));
  }

  /** The catalogue, read on first use. */
  public synchronized PriceCatalogue catalogue() {
    if (catalogue.isEmpty()) {
      catalogue = Optional.of(source.get());
    }
    return catalogue.get();
  }

  /**
   * What {@code design} costs a month at the load {@code result} simulated.
   *
   * @throws PriceException when the catalogue has no rates for {@code purchase}
   */
  public CostReport price(Design design, SimulationResult result, PurchaseOption purchase)
      throws PriceException {
    return CostModel.estimate(design, result, catalogue(), purchase);
  }
}
