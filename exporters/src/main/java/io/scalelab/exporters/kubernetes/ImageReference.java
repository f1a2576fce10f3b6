package io.scalelab.exporters.kubernetes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference split the way kustomize's {@code images:} transformer wants it.
 *
 * @param name registry and repository, e.g. {@code 123456789012.dkr.ecr.us-east-1.amazonaws.com/a}
 * @param tag the tag, if the reference has one
 * @param digest the digest ({@code sha256:...}), if the reference has one
 */
record ImageReference(String name, Optional<String> tag, Optional<String> digest) {

  /**
   * The grammar of the Docker distribution project's {@code reference} package, simplified: an
   * optional registry host (with port), lower-case path components, an optional tag, an optional
   * digest.
   */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
              + "(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
              + "(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)"
              + "(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?"
              + "(?:@(sha256:[a-f0-9]{64}))?");

  /**
   * Parses {@code reference}.
   *
   * @param setting the option it came from, named in the error
   * @throws IllegalArgumentException when it is not an image reference
   */
  static ImageReference parse(String reference, String setting) {
    Matcher m = REFERENCE.matcher(reference);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          setting
              + " must be an image reference like registry/name:tag or registry/name@sha256:...: '"
              + reference
              + "'");
    }
    return new ImageReference(
        m.group(1), Optional.ofNullable(m.group(2)), Optional.ofNullable(m.group(3)));
  }
}
