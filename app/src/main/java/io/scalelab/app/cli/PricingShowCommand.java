package io.scalelab.app.cli;

import io.scalelab.simulation.price.Discount;
import io.scalelab.simulation.price.PriceCatalogue;
import io.scalelab.simulation.price.PriceEntry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scalelab pricing show}: says which price catalogue reports use and what it holds. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the price catalogue in use: the cache written by 'pricing refresh' when there is one,",
      "otherwise the snapshot shipped with ScaleLab; its date, origin, products, regions and",
      "purchase options."
    })
final class PricingShowCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description = "Price cache directory (default: ~/.scalelab/prices).")
  private Path cacheDir = PriceCatalogue.defaultCacheDirectory();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PriceCatalogue c = PriceCatalogue.current(cacheDir, w -> err.println("pricing show: " + w));
    Map<String, Integer> byService = new TreeMap<>();
    for (PriceEntry e : c.entries()) {
      byService.merge(e.service(), 1, Integer::sum);
    }
    out.println(c.label());
    if (c.description() != null && !c.description().isBlank()) {
      out.println("  " + c.description());
    }
    out.println(
        "Products: "
            + c.entries().size()
            + (byService.isEmpty()
                ? ""
                : byService.entrySet().stream()
                    .map(s -> s.getKey() + " " + s.getValue())
                    .collect(Collectors.joining(", ", " (", ")"))));
    out.println(
        "Regions: "
            + String.join(
                ", ", new TreeSet<>(c.entries().stream().map(PriceEntry::region).toList())));
    out.println("Purchase options:");
    for (Discount d : c.discounts()) {
      out.println(
          "  "
              + d.option().key()
              + ": "
              + d.label()
              + (d.estimate() ? " (estimate)" : "")
              + (d.factors().isEmpty()
                  ? ""
                  : d.factors().entrySet().stream()
                      .map(f -> f.getKey() + " x" + f.getValue())
                      .collect(Collectors.joining(", ", " [", "]"))));
    }
    return ExitCodes.OK;
  }
}
