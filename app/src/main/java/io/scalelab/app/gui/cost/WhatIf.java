package io.scalelab.app.gui.cost;

import java.util.List;
import java.util.Locale;

/**
 * The last run against the one before: what changed and what it did.
 *
 * @param fromRun the earlier run's number
 * @param toRun the later run's number
 * @param changes what changed in the design (see {@link DesignDiff}); empty if only the seed or the
 *     options did
 * @param monthlyUsdDelta later monthly cost minus earlier, US dollars
 * @param p99MsDelta later end-to-end p99 latency minus earlier, ms
 */
public record WhatIf(
    int fromRun, int toRun, List<String> changes, double monthlyUsdDelta, double p99MsDelta) {

  public WhatIf {
    changes = List.copyOf(changes);
  }

  /**
   * One sentence, e.g. {@code +1 replica on db costs $182.50/month more and cuts p99 by 41.0 ms}.
   */
  public String sentence() {
    String what = changes.isEmpty() ? "The same design" : String.join(", ", changes);
    String cost =
        Math.abs(monthlyUsdDelta) < 0.005
            ? "costs the same"
            : String.format(
                Locale.ROOT,
                "%s $%,.2f/month",
                monthlyUsdDelta > 0 ? "costs" : "saves",
                Math.abs(monthlyUsdDelta));
    if (monthlyUsdDelta > 0.005) {
      cost += " more";
    }
    String latency =
        Math.abs(p99MsDelta) < 0.05
            ? "leaves p99 unchanged"
            : String.format(
                Locale.ROOT,
                "%s p99 by %.1f ms",
                p99MsDelta < 0 ? "cuts" : "raises",
                Math.abs(p99MsDelta));
    return String.format(
        Locale.ROOT, "Run %d vs run %d: %s %s and %s", toRun, fromRun, what, cost, latency);
  }
}
