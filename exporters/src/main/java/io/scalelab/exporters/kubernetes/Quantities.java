package io.scalelab.exporters.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;
import io.scalelab.model.unit.DataSize;
import java.time.Duration;

/** Design amounts as Kubernetes quantities and whole seconds. */
final class Quantities {

  private static final long KIB = 1024;

  private Quantities() {}

  /**
   * CPU as Kubernetes writes it: whole cores as an integer, otherwise millicores. Kubernetes keeps
   * CPU to 1m precision ("Resource units in Kubernetes"), so a finer value is rounded to the
   * nearest millicore, as the API server would.
   */
  static Quantity cpu(double cores) {
    long millis = Math.round(cores * 1000);
    return new Quantity(millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m");
  }

  /** Memory in the largest binary unit (Gi, Mi, Ki) that divides it, else in bytes. */
  static Quantity memory(DataSize size) {
    long bytes = size.bytes();
    String[] units = {"Gi", "Mi", "Ki"};
    long[] factors = {KIB * KIB * KIB, KIB * KIB, KIB};
    for (int i = 0; i < units.length; i++) {
      if (bytes > 0 && bytes % factors[i] == 0) {
        return new Quantity(bytes / factors[i] + units[i]);
      }
    }
    return new Quantity(Long.toString(bytes));
  }

  /** A duration in whole seconds, rounded up: a timeout must never be shorter than asked. */
  static int seconds(Duration duration) {
    long s = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    return Math.toIntExact(s);
  }

  /** A number without a trailing ".0", as people write it: 60, 12.5. */
  static String decimal(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
