package io.scalelab.app.gui.results;

/**
 * One end-to-end figure of the results panel.
 *
 * @param name what it is, e.g. {@code p99 latency}
 * @param value the value with its unit, e.g. {@code 123.4 ms}
 */
public record Figure(String name, String value) {}
