package io.scalelab.app;

import io.scalelab.app.cli.ScalelabCommand;

/**
 * The program's entry point: the {@code scalelab} command line. Deliberately not a JavaFX {@code
 * Application}, so that the shaded jar starts on a plain JVM.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(ScalelabCommand.run(args));
  }
}
