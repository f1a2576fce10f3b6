package io.scalelab.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scalelab pricing}: groups the commands on the AWS price catalogue. */
@Command(
    name = "pricing",
    mixinStandardHelpOptions = true,
    description =
        "The AWS price catalogue: show the one in use, refresh it from the AWS Price List API.",
    subcommands = {PricingShowCommand.class, PricingRefreshCommand.class})
final class PricingCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
