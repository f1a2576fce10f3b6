package io.scalelab.model.file;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" suggestions for misspelled names. */
final class Suggest {

  /** Most edits between a misspelling and a suggestion: 3 catches swaps, drops and typos. */
  private static final int MAX_EDITS = 3;

  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_EDITS);

  private Suggest() {}

  /**
   * "; did you mean 'x'?" for the closest candidate within {@link #MAX_EDITS} edits (ignoring
   * case), or the empty string when none is close.
   */
  static String didYouMean(String found, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = found.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      int d = DISTANCE.apply(lower, c.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }
}
