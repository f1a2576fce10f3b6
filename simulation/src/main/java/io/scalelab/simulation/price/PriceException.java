package io.scalelab.simulation.price;

/** A price catalogue could not be read, written or refreshed, or lacks a price; says why. */
public class PriceException extends Exception {

  private static final long serialVersionUID = 1L;

  public PriceException(String message) {
    super(message);
  }

  public PriceException(String message, Throwable cause) {
    super(message, cause);
  }
}
