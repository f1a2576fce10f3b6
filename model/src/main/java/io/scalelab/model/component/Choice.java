package io.scalelab.model.component;

import java.util.Locale;

/**
 * An enum whose constants are written in design files in lower case with hyphens: {@code
 * LEAST_OUTSTANDING_REQUESTS} is {@code least-outstanding-requests}.
 */
public interface Choice {

  /** The constant's name in design files. */
  default String fileName() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
