package io.scalelab.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level {@code scalelab} command; it only groups the subcommands. A mistake on the command
 * line (unknown option, missing argument) exits with picocli's usage code, 2.
 */
@Command(
    name = "scalelab",
    mixinStandardHelpOptions = true,
    versionProvider = ScalelabCommand.Version.class,
    description = "Architecture simulator and capacity planner for platforms on AWS.",
    subcommands = {
      ValidateCommand.class,
      SimulateCommand.class,
      CostCommand.class,
      JourneyCommand.class,
      PricingCommand.class,
      ExportCommand.class,
      ApplyCommand.class,
      GuiCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ScalelabCommand implements Runnable {

  /** Exit code of a bug in ScaleLab itself (sysexits.h EX_SOFTWARE). */
  public static final int EXIT_INTERNAL_ERROR = 70;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private final InputStream in;
  private final Map<String, String> environment;

  /**
   * The command reading answers from standard input, running tools in this process's environment.
   */
  public ScalelabCommand() {
    this(System.in, System.getenv());
  }

  ScalelabCommand(InputStream in, Map<String, String> environment) {
    this.in = in;
    this.environment = Map.copyOf(environment);
  }

  /** Where subcommands read a person's answers (apply's "yes"). */
  InputStream in() {
    return in;
  }

  /** The environment the tools run by subcommands get (apply's terraform and kubectl). */
  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line with the given arguments, writing to standard out and error. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line, writing to the given streams; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(new ScalelabCommand(), out, err, args);
  }

  /** As {@link #run(PrintWriter, PrintWriter, String...)}, with this input and tool environment. */
  static int run(
      InputStream in,
      Map<String, String> environment,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    return run(new ScalelabCommand(in, environment), out, err, args);
  }

  private static int run(ScalelabCommand top, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(top);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          // Only a bug gets here: user mistakes are reported by each command as one-line messages.
          commandLine.getErr().println("scalelab: internal error, please report it: " + ex);
          ex.printStackTrace(commandLine.getErr());
          return EXIT_INTERNAL_ERROR;
        });
    return cli.execute(args);
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ScalelabCommand.class.getPackage().getImplementationVersion();
      return new String[] {"scalelab " + (v == null ? "development build" : v)};
    }
  }
}
